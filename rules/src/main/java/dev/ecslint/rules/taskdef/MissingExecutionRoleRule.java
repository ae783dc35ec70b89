package dev.ecslint.rules.taskdef;

import dev.ecslint.core.aws.AbstractTaskDefinitionRule;
import dev.ecslint.core.aws.ContainerSpec;
import dev.ecslint.core.aws.TaskDefinition;
import dev.ecslint.core.i18n.Message;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.Located;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import dev.ecslint.rules.container.EcsDocs;
import java.util.Optional;

/** TD005: a task that needs an execution role and has none. */
public final class MissingExecutionRoleRule extends AbstractTaskDefinitionRule {

    private static final RuleMeta META = RuleMeta.builder("TD005", "missing-execution-role")
            .title("Give the task an execution role when ECS needs one")
            .severity(Severity.ERROR)
            .category(Category.CORRECTNESS)
            .kinds(DocumentKind.TASK_DEFINITION, DocumentKind.CLOUDFORMATION)
            .rationale("The ECS agent uses the task execution role to act before your code runs: to read "
                    + "`secrets` from Secrets Manager or SSM, to send awslogs/FireLens logs and pull private ECR "
                    + "images on Fargate, and to read `repositoryCredentials`. Without it the task fails to "
                    + "start (or registration is rejected).")
            .fix("Create a role trusted by ecs-tasks.amazonaws.com with the AmazonECSTaskExecutionRolePolicy "
                    + "(plus read access to the secrets used) and set it as \"executionRoleArn\".")
            .bad("task-definition.json", """
                    {"family": "web", "containerDefinitions": [{"name": "app", "image": "app:1.0",
                      "secrets": [{"name": "DB_PASSWORD",
                        "valueFrom": "arn:aws:ssm:us-east-1:123456789012:parameter/db-password"}]}]}
                    """)
            .bad("template.yaml", """
                    Resources:
                      TaskDef:
                        Type: AWS::ECS::TaskDefinition
                        Properties:
                          ContainerDefinitions:
                            - Name: app
                              Image: app:1.0
                              Secrets:
                                - {Name: DB_PASSWORD, ValueFrom: !Ref DbPasswordSecret}
                    """)
            .good("task-definition.json", """
                    {"family": "web", "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
                     "containerDefinitions": [{"name": "app", "image": "app:1.0",
                      "secrets": [{"name": "DB_PASSWORD",
                        "valueFrom": "arn:aws:ssm:us-east-1:123456789012:parameter/db-password"}]}]}
                    """)
            .references(EcsDocs.EXECUTION_ROLE, EcsDocs.SECRETS)
            .message("noRole", "the task has no `executionRoleArn`, but {reason}, which the ECS agent can only do "
                    + "with an execution role; add `executionRoleArn` with the `AmazonECSTaskExecutionRolePolicy`")
            .message("readsSecrets", "{container} reads `secrets`")
            .message("readsLogSecrets", "{container} reads log `secretOptions`")
            .message("repositoryCredentials", "{container} pulls with `repositoryCredentials`")
            .message("fargateLogs", "{container} sends logs with the {driver} driver on Fargate")
            .message("privateImage", "{container} pulls a private ECR image on Fargate")
            .build();

    public MissingExecutionRoleRule() {
        super(META);
    }

    /** Why a task needs the execution role, and where that shows. */
    private record Need(Located at, Message reason) { }

    @Override
    public void check(TaskDefinition task, RuleContext ctx) {
        boolean hasRole = task.executionRoleArn().map(r -> r.value() == null || !r.value().isBlank()).orElse(false);
        if (!task.hasTaskLevel() || hasRole) {
            return;
        }
        for (ContainerSpec container : task.containers()) {
            Optional<Need> need = need(task, container);
            if (need.isPresent()) {
                ctx.report(need.get().at(), META.message("noRole").phrase("reason", need.get().reason()));
                return;
            }
        }
    }

    private static Optional<Need> need(TaskDefinition task, ContainerSpec c) {
        if (!c.secrets().isEmpty()) {
            return Optional.of(new Need(c.secrets().get(0).at(), reason("readsSecrets", c)));
        }
        if (c.logConfiguration().map(l -> !l.secretOptions().isEmpty()).orElse(false)) {
            return Optional.of(new Need(c.logConfiguration().get().secretOptions().get(0),
                    reason("readsLogSecrets", c)));
        }
        if (c.sets("repositoryCredentials")) {
            return Optional.of(new Need(c.at("repositoryCredentials"), reason("repositoryCredentials", c)));
        }
        if (!task.isFargate()) {
            return Optional.empty();
        }
        Optional<Need> logs = c.logConfiguration()
                .filter(l -> l.driverIs("awslogs") || l.driverIs("awsfirelens"))
                .map(l -> new Need(l.driver().get(),
                        reason("fargateLogs", c).code("driver", l.driver().get().value())));
        if (logs.isPresent()) {
            return logs;
        }
        return c.image().filter(i -> i.value() != null && i.value().isPrivateEcr())
                .map(i -> new Need(i, reason("privateImage", c)));
    }

    private static Message reason(String name, ContainerSpec c) {
        return META.message(name).phrase("container", c.label());
    }
}
