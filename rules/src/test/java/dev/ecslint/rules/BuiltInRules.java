package dev.ecslint.rules;

import dev.ecslint.core.engine.RuleRegistry;
import dev.ecslint.core.testing.RuleScenarios;
import java.nio.file.Path;

/** The registry of the built-in rules and their scenarios, as the tests of this module see them. */
final class BuiltInRules {

    static final Path SCENARIOS = Path.of("src/test/resources");

    private BuiltInRules() {
    }

    static RuleRegistry registry() {
        return RuleRegistry.load(BuiltInRules.class.getClassLoader());
    }

    static RuleScenarios scenarios() {
        return new RuleScenarios(SCENARIOS, registry(), BuiltInRules.class.getClassLoader());
    }
}
