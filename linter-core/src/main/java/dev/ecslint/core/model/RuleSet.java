package dev.ecslint.core.model;

import java.util.List;

/**
 * A family of rules registered together, found with {@link java.util.ServiceLoader}
 * ({@code META-INF/services/dev.ecslint.core.model.RuleSet}). The engine asks a set for its rules only
 * when a file yields a subject of one of its types (or when the whole catalog is needed, for
 * {@code --list-rules} or a configuration that names rules), so a run over Dockerfiles never loads or
 * initialises the rules of task definitions.
 *
 * <p>Single rules may still be registered as {@code META-INF/services/dev.ecslint.core.model.Rule}
 * (custom rule jars written before rule sets existed); those are always loaded.
 */
public interface RuleSet {

    /** The model types the rules of this set inspect (each rule's {@link Rule#subjectType()} is one of them). */
    List<Class<?>> subjectTypes();

    /** Creates the rules of this set; called at most once per registry. */
    List<Rule<?>> rules();
}
