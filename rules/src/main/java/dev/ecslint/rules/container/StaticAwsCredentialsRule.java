package dev.ecslint.rules.container;

import dev.ecslint.core.aws.AbstractContainerRule;
import dev.ecslint.core.aws.ContainerSpec;
import dev.ecslint.core.aws.EnvVar;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import java.util.Locale;
import java.util.Set;

/** CT005: long-lived AWS credentials handed to a container through its environment. */
public final class StaticAwsCredentialsRule extends AbstractContainerRule {

    private static final RuleMeta META = RuleMeta.builder("CT005", "static-aws-credentials")
            .title("Use the task role instead of static AWS credentials")
            .severity(Severity.ERROR)
            .category(Category.SECURITY)
            .kinds(DocumentKind.TASK_DEFINITION, DocumentKind.CLOUDFORMATION, DocumentKind.COMPOSE)
            .rationale("AWS SDKs in an ECS task get temporary, automatically rotated credentials from the task "
                    + "role. Access keys placed in the environment are long-lived, shared by every task, visible "
                    + "in the task definition and hard to rotate; a leak gives their full permissions away. A compose "
                    + "service has no task role; it may take a developer's keys from the shell, but never from keys "
                    + "written into the file.")
            .fix("Remove AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN from `environment`, create "
                    + "an IAM role with the permissions the application needs and set it as \"taskRoleArn\".")
            .bad("task-definition.json", """
                    {"family": "web", "containerDefinitions": [
                      {"name": "app", "image": "app:1.0",
                       "environment": [{"name": "AWS_ACCESS_KEY_ID", "value": "${KEY_ID}"}]}]}
                    """)
            .bad("template.yaml", """
                    Resources:
                      TaskDef:
                        Type: AWS::ECS::TaskDefinition
                        Properties:
                          ContainerDefinitions:
                            - Name: app
                              Image: app:1.0
                              Environment:
                                - {Name: AWS_ACCESS_KEY_ID, Value: !Ref AccessKeyId}
                    """)
            .bad("compose.yaml", """
                    services:
                      web:
                        image: app:1.0
                        environment:
                          AWS_ACCESS_KEY_ID: AKIAXXXXXXXXXXXXXXXX
                    """)
            .good("task-definition.json", """
                    {"family": "web", "taskRoleArn": "arn:aws:iam::123456789012:role/app-task-role",
                     "containerDefinitions": [
                      {"name": "app", "image": "app:1.0",
                       "environment": [{"name": "AWS_REGION", "value": "eu-west-1"}]}]}
                    """)
            .references(EcsDocs.TASK_ROLE)
            .message("accessKey", "{container} sets {name} in `environment`: static access keys are long-lived and "
                    + "readable in the task definition; remove it and give the task an IAM role (`taskRoleArn`), "
                    + "which the AWS SDKs pick up automatically")
            .message("accessKeyCompose", "{container} writes {name} into the compose file: a long-lived AWS key in "
                    + "every copy of the repository; pass it in from the shell instead, or mount `~/.aws` read-only "
                    + "and set `AWS_PROFILE`")
            .build();

    public StaticAwsCredentialsRule() {
        super(META);
    }

    private static final Set<String> CREDENTIAL_VARIABLES =
            Set.of("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN");

    @Override
    public void check(ContainerSpec container, RuleContext ctx) {
        for (EnvVar env : container.environment()) {
            String name = env.name().value();
            if (name == null || !CREDENTIAL_VARIABLES.contains(name.trim().toUpperCase(Locale.ROOT))) {
                continue;
            }
            if (container.task().isEcs()) {
                ctx.report(env.name(),
                        META.message("accessKey").phrase("container", container.label()).code("name", name));
            } else if (env.value().filter(v -> !v.unresolved() && v.value() != null && !v.value().isBlank())
                    .isPresent()) {
                // compose passes a developer's own keys through from the shell; only keys written here leak
                ctx.report(env.name(),
                        META.message("accessKeyCompose").phrase("container", container.label()).code("name", name));
            }
        }
    }
}
