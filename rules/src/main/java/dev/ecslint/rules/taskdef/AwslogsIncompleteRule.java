package dev.ecslint.rules.taskdef;

import dev.ecslint.core.aws.AbstractTaskDefinitionRule;
import dev.ecslint.core.aws.ContainerSpec;
import dev.ecslint.core.aws.LogConfig;
import dev.ecslint.core.aws.TaskDefinition;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import dev.ecslint.rules.container.EcsDocs;
import java.util.ArrayList;
import java.util.List;

/** TD013: an awslogs configuration without the options it needs. */
public final class AwslogsIncompleteRule extends AbstractTaskDefinitionRule {

    private static final RuleMeta META = RuleMeta.builder("TD013", "awslogs-incomplete")
            .title("Give the awslogs driver its group, region and stream prefix")
            .severity(Severity.ERROR)
            .category(Category.CORRECTNESS)
            .kinds(DocumentKind.TASK_DEFINITION, DocumentKind.CLOUDFORMATION)
            .rationale("The awslogs log driver needs `awslogs-group` and `awslogs-region` to know where to send "
                    + "logs, and on Fargate also `awslogs-stream-prefix`; without them the container fails to "
                    + "start.")
            .fix("Add \"options\": {\"awslogs-group\": \"/ecs/my-app\", \"awslogs-region\": \"us-east-1\", "
                    + "\"awslogs-stream-prefix\": \"app\"}.")
            .bad("task-definition.json", """
                    {"family": "web", "containerDefinitions": [{"name": "app", "image": "app:1.0",
                      "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "/ecs/web"}}}]}
                    """)
            .bad("template.yaml", """
                    Resources:
                      TaskDef:
                        Type: AWS::ECS::TaskDefinition
                        Properties:
                          ContainerDefinitions:
                            - Name: app
                              Image: app:1.0
                              LogConfiguration:
                                LogDriver: awslogs
                                Options: {awslogs-group: app}
                    """)
            .good("task-definition.json", """
                    {"family": "web", "containerDefinitions": [{"name": "app", "image": "app:1.0",
                      "logConfiguration": {"logDriver": "awslogs",
                        "options": {"awslogs-group": "/ecs/web", "awslogs-region": "us-east-1"}}}]}
                    """)
            .references(EcsDocs.AWSLOGS)
            .message("missingOptions", "{container} uses the `awslogs` driver without {options}, so it cannot start; "
                    + "add {count|it|them} to the log `options`")
            .message("missingOptionsFargate", "{container} uses the `awslogs` driver without {options}, which "
                    + "Fargate requires, so it cannot start; add {count|it|them} to the log `options`")
            .build();

    public AwslogsIncompleteRule() {
        super(META);
    }

    @Override
    public void check(TaskDefinition task, RuleContext ctx) {
        for (ContainerSpec c : task.containers()) {
            if (c.logConfiguration().isEmpty() || !c.logConfiguration().get().driverIs("awslogs")) {
                continue;
            }
            LogConfig log = c.logConfiguration().get();
            List<String> missing = new ArrayList<>();
            for (String option : List.of("awslogs-group", "awslogs-region")) {
                if (!log.mayHaveOption(option)) {
                    missing.add(option);
                }
            }
            if (task.isFargate() && !log.mayHaveOption("awslogs-stream-prefix")) {
                missing.add("awslogs-stream-prefix");
            }
            if (!missing.isEmpty()) {
                ctx.report(log.driver().get(), META.message(task.isFargate() ? "missingOptionsFargate" : "missingOptions")
                        .phrase("container", c.label()).codes("options", missing).number("count", missing.size()));
            }
        }
    }
}
