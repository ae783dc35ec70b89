package dev.ecslint.rules.taskdef;

import dev.ecslint.core.aws.AbstractTaskDefinitionRule;
import dev.ecslint.core.aws.TaskDefinition;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import dev.ecslint.rules.container.EcsDocs;

/** TD006: one role used both by the ECS agent and by the application. */
public final class SameTaskAndExecutionRoleRule extends AbstractTaskDefinitionRule {

    private static final RuleMeta META = RuleMeta.builder("TD006", "same-task-and-execution-role")
            .title("Use separate task and execution roles")
            .severity(Severity.WARNING)
            .category(Category.SECURITY)
            .kinds(DocumentKind.TASK_DEFINITION, DocumentKind.CLOUDFORMATION)
            .rationale("The execution role is for the ECS agent (pull images, read secrets, write logs); the task "
                    + "role is what your application's code may do. One role for both gives the application the "
                    + "agent's rights, such as reading every secret the task is configured with.")
            .fix("Create a dedicated task role with only the permissions the application needs and set it as "
                    + "\"taskRoleArn\"; keep the execution role for ECS.")
            .bad("task-definition.json", """
                    {"family": "web", "taskRoleArn": "arn:aws:iam::123456789012:role/ecs-role",
                     "executionRoleArn": "arn:aws:iam::123456789012:role/ecs-role",
                     "containerDefinitions": [{"name": "app", "image": "app:1.0"}]}
                    """)
            .bad("template.yaml", """
                    Resources:
                      TaskDef:
                        Type: AWS::ECS::TaskDefinition
                        Properties:
                          ExecutionRoleArn: arn:aws:iam::123456789012:role/ecs-app
                          TaskRoleArn: arn:aws:iam::123456789012:role/ecs-app
                          ContainerDefinitions: [{Name: app, Image: app:1.0}]
                    """)
            .good("task-definition.json", """
                    {"family": "web", "taskRoleArn": "arn:aws:iam::123456789012:role/app-task-role",
                     "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
                     "containerDefinitions": [{"name": "app", "image": "app:1.0"}]}
                    """)
            .references(EcsDocs.TASK_ROLE, EcsDocs.EXECUTION_ROLE)
            .equivalents("CKV_AWS_249")
            .message("sameRole", "`taskRoleArn` is the same role as `executionRoleArn`, so the application gets the "
                    + "ECS agent's rights (all the task's secrets, image pulls); give the task its own role with "
                    + "only what the application needs")
            .build();

    public SameTaskAndExecutionRoleRule() {
        super(META);
    }

    @Override
    public void check(TaskDefinition task, RuleContext ctx) {
        if (task.taskRoleArn().isEmpty() || task.executionRoleArn().isEmpty()) {
            return;
        }
        var taskRole = task.taskRoleArn().get();
        var executionRole = task.executionRoleArn().get();
        if (taskRole.value() != null && !taskRole.unresolved() && !executionRole.unresolved()
                && !taskRole.value().isBlank() && taskRole.value().equals(executionRole.value())) {
            ctx.report(taskRole, META.message("sameRole"));
        }
    }
}
