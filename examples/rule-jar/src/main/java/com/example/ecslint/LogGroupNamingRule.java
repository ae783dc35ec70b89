package com.example.ecslint;

import dev.ecslint.core.aws.AbstractTaskDefinitionRule;
import dev.ecslint.core.aws.ContainerSpec;
import dev.ecslint.core.aws.LogConfig;
import dev.ecslint.core.aws.Sourced;
import dev.ecslint.core.aws.TaskDefinition;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import java.util.Optional;

/**
 * The team's convention that the dashboards rely on: a task's containers log to {@code /ecs/<family>}.
 * It compares two fields of one document, which a {@code customRules:} entry in .ecslint.yaml cannot do:
 * that is what a Java rule is for. Its English texts are its metadata; the Korean ones are in
 * {@code dev/ecslint/rules/explanations_ko.properties} in this jar, under the same keys.
 */
public final class LogGroupNamingRule extends AbstractTaskDefinitionRule {

    private static final RuleMeta META = RuleMeta.builder("ACME002", "log-group-per-family")
            .title("Containers log to /ecs/<family>")
            .severity(Severity.WARNING)
            .category(Category.MAINTAINABILITY)
            .kinds(DocumentKind.TASK_DEFINITION)
            .rationale("The team's dashboards and alarms find a service's logs by the CloudWatch log group "
                    + "/ecs/<task family>; a container logging elsewhere is invisible to them.")
            .fix("Set logConfiguration.options.awslogs-group to /ecs/ followed by the task definition's family.")
            .bad("task-definition.json", "{\"family\": \"api\", \"containerDefinitions\": [{\"name\": \"api\", "
                    + "\"image\": \"api:1\", \"logConfiguration\": {\"logDriver\": \"awslogs\", \"options\": "
                    + "{\"awslogs-group\": \"/ecs/web\"}}}]}\n")
            .good("task-definition.json", "{\"family\": \"api\", \"containerDefinitions\": [{\"name\": \"api\", "
                    + "\"image\": \"api:1\", \"logConfiguration\": {\"logDriver\": \"awslogs\", \"options\": "
                    + "{\"awslogs-group\": \"/ecs/api\"}}}]}\n")
            .message("elsewhere", "{container} logs to {group}, not to {expected}; the team's dashboards look for "
                    + "the task's logs there")
            .build();

    public LogGroupNamingRule() {
        super(META);
    }

    @Override
    public void check(TaskDefinition task, RuleContext ctx) {
        Optional<String> family = task.family().flatMap(Sourced::known);
        if (family.isEmpty()) {
            return; // a bare container array or a templated family: nothing to compare with
        }
        String expected = "/ecs/" + family.get();
        for (ContainerSpec container : task.containers()) {
            Optional<Sourced<String>> group = container.logConfiguration().filter(l -> l.driverIs("awslogs"))
                    .map(LogConfig::options).map(options -> options.get("awslogs-group"));
            if (group.isPresent() && group.get().known().isPresent() && !group.get().is(expected)) {
                ctx.report(group.get(), META.message("elsewhere").phrase("container", container.label())
                        .code("group", group.get().text()).code("expected", expected));
            }
        }
    }
}
