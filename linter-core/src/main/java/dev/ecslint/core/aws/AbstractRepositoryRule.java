package dev.ecslint.core.aws;

import dev.ecslint.core.model.AbstractRule;
import dev.ecslint.core.model.RuleMeta;

/** The base of every rule that inspects an ECR repository. */
public abstract class AbstractRepositoryRule extends AbstractRule<Repository> {

    protected AbstractRepositoryRule(RuleMeta meta) {
        super(meta, Repository.class);
    }
}
