package dev.ecslint.core.aws;

import dev.ecslint.core.model.AbstractRule;
import dev.ecslint.core.model.RuleMeta;

/** The base of every rule that inspects an ECS task definition as a whole. */
public abstract class AbstractTaskDefinitionRule extends AbstractRule<TaskDefinition> {

    protected AbstractTaskDefinitionRule(RuleMeta meta) {
        super(meta, TaskDefinition.class);
    }
}
