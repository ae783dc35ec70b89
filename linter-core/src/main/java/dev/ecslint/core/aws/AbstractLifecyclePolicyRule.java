package dev.ecslint.core.aws;

import dev.ecslint.core.model.AbstractRule;
import dev.ecslint.core.model.RuleMeta;

/** The base of every rule that inspects an ECR lifecycle policy. */
public abstract class AbstractLifecyclePolicyRule extends AbstractRule<LifecyclePolicy> {

    protected AbstractLifecyclePolicyRule(RuleMeta meta) {
        super(meta, LifecyclePolicy.class);
    }
}
