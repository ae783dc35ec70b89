package dev.ecslint.core.dockerfile;

import dev.ecslint.core.model.AbstractRule;
import dev.ecslint.core.model.RuleMeta;

/** The base of every rule that inspects a Dockerfile (all its stages). */
public abstract class AbstractDockerfileRule extends AbstractRule<Dockerfile> {

    protected AbstractDockerfileRule(RuleMeta meta) {
        super(meta, Dockerfile.class);
    }
}
