package dev.ecslint.core.model;

/**
 * The rule SPI. A rule inspects one kind of subject that the readers produce from a file — a
 * {@code Dockerfile}, a {@code TaskDefinition}, a {@code ContainerSpec}, a {@code LifecyclePolicy}, … —
 * and reports findings through the context. Rules are found with {@link java.util.ServiceLoader}
 * ({@code META-INF/services/dev.ecslint.core.model.Rule}), so a team can add its own rule jar.
 *
 * <p>Rules are stateless and shared between threads: keep per-file state in local variables.
 *
 * @param <T> the model type this rule inspects
 */
public interface Rule<T> {

    RuleMeta meta();

    /** The model type this rule inspects; the engine runs the rule on every subject of that type. */
    Class<T> subjectType();

    void check(T subject, RuleContext ctx);
}
