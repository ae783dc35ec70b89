package dev.ecslint.core.engine;

import dev.ecslint.core.model.Rule;
import dev.ecslint.core.model.Severity;

/** A rule that runs, at the severity the configuration gives it. */
record EnabledRule(Rule<?> rule, Severity severity) { }
