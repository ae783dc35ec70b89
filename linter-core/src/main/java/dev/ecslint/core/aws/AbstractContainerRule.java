package dev.ecslint.core.aws;

import dev.ecslint.core.model.AbstractRule;
import dev.ecslint.core.model.RuleMeta;

/** The base of every rule that inspects one container, whatever source it was read from. */
public abstract class AbstractContainerRule extends AbstractRule<ContainerSpec> {

    protected AbstractContainerRule(RuleMeta meta) {
        super(meta, ContainerSpec.class);
    }
}
