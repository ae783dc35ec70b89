package com.example.ecslint;

import dev.ecslint.core.aws.TaskDefinition;
import dev.ecslint.core.dockerfile.Dockerfile;
import dev.ecslint.core.model.Rule;
import dev.ecslint.core.model.RuleSet;
import java.util.List;

/**
 * The team's rules, registered as one set in META-INF/services/dev.ecslint.core.model.RuleSet. ecslint
 * creates them only when a linted file yields a Dockerfile or a task definition.
 */
public final class AcmeRules implements RuleSet {

    @Override
    public List<Class<?>> subjectTypes() {
        return List.of(Dockerfile.class, TaskDefinition.class);
    }

    @Override
    public List<Rule<?>> rules() {
        return List.of(new OwnerLabelRule(), new LogGroupNamingRule());
    }
}
