package dev.ecslint.core.aws;

import dev.ecslint.core.model.AbstractRule;
import dev.ecslint.core.model.RuleMeta;

/** The base of every rule that inspects an ECS service. */
public abstract class AbstractServiceRule extends AbstractRule<Service> {

    protected AbstractServiceRule(RuleMeta meta) {
        super(meta, Service.class);
    }
}
