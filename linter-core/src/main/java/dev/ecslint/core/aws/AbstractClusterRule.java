package dev.ecslint.core.aws;

import dev.ecslint.core.model.AbstractRule;
import dev.ecslint.core.model.RuleMeta;

/** The base of every rule that inspects an ECS cluster. */
public abstract class AbstractClusterRule extends AbstractRule<Cluster> {

    protected AbstractClusterRule(RuleMeta meta) {
        super(meta, Cluster.class);
    }
}
