package dev.ecslint.core.model;

import java.util.Objects;

/**
 * A rule whose metadata and subject type are fixed at construction, so that a concrete rule is its
 * {@code META} and its {@code check} method and nothing else. Subclass the base of the subject type
 * ({@code AbstractDockerfileRule}, {@code AbstractContainerRule}, …) rather than this class.
 *
 * @param <T> the model type the rule inspects
 */
public abstract class AbstractRule<T> implements Rule<T> {

    private final RuleMeta meta;
    private final Class<T> subjectType;

    protected AbstractRule(RuleMeta meta, Class<T> subjectType) {
        this.meta = Objects.requireNonNull(meta, "meta");
        this.subjectType = Objects.requireNonNull(subjectType, "subjectType");
    }

    @Override
    public final RuleMeta meta() {
        return meta;
    }

    @Override
    public final Class<T> subjectType() {
        return subjectType;
    }
}
