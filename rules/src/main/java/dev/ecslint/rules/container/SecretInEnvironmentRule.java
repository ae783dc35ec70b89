package dev.ecslint.rules.container;

import dev.ecslint.core.aws.AbstractContainerRule;
import dev.ecslint.core.aws.ContainerSpec;
import dev.ecslint.core.aws.EnvVar;
import dev.ecslint.core.aws.Sourced;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Secrets;
import dev.ecslint.core.model.Severity;
import java.util.Locale;
import java.util.Optional;

/** CT004: a secret written into a container's environment. */
public final class SecretInEnvironmentRule extends AbstractContainerRule {

    private static final RuleMeta META = RuleMeta.builder("CT004", "secret-in-environment")
            .title("Do not put secrets in environment variables")
            .severity(Severity.ERROR)
            .category(Category.SECURITY)
            .kinds(DocumentKind.TASK_DEFINITION, DocumentKind.CLOUDFORMATION, DocumentKind.COMPOSE)
            .rationale("Values in `environment` are stored in plain text in the task definition: anyone allowed "
                    + "to describe it, every revision, the console and the repository holding the file can read "
                    + "them. ECS can inject secrets at start-up from Secrets Manager or SSM Parameter Store "
                    + "instead, so the secret never appears in the task definition.")
            .fix("Store the value in Secrets Manager or SSM Parameter Store and reference it: "
                    + "\"secrets\": [{\"name\": \"DB_PASSWORD\", \"valueFrom\": "
                    + "\"arn:aws:secretsmanager:us-east-1:123456789012:secret:db-password\"}] "
                    + "(the task's executionRoleArn must be allowed to read it). In compose, use `secrets:`.")
            .bad("task-definition.json", """
                    {"family": "web", "containerDefinitions": [
                      {"name": "app", "image": "app:1.0",
                       "environment": [{"name": "DB_PASSWORD", "value": "mypassword123"}]}]}
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
                                - {Name: DB_PASSWORD, Value: mypassword123}
                    """)
            .bad("compose.yaml", """
                    services:
                      web:
                        image: app:1.0
                        environment:
                          DB_PASSWORD: mypassword123
                    """)
            .good("task-definition.json", """
                    {"family": "web", "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
                     "containerDefinitions": [
                      {"name": "app", "image": "app:1.0",
                       "secrets": [{"name": "DB_PASSWORD",
                         "valueFrom": "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-password"}]}]}
                    """)
            .references(EcsDocs.SECRETS, EcsDocs.SECURITY_HUB_ECS)
            .equivalents("AVD-AWS-0036", "ECS.8")
            .message("literal", "environment variable {name} holds {kind} ({value}) in plain text, readable by "
                    + "anyone who can see the task definition; move it to `secrets` with `valueFrom` pointing to "
                    + "Secrets Manager or SSM")
            .message("useSecrets", "Store the value of {name} in Secrets Manager or SSM Parameter Store, remove it from "
                    + "`environment` and add {entry} to the container's `secrets` (the task's `executionRoleArn` "
                    + "must be allowed to read it).")
            .message("literalCompose", "environment variable {name} holds {kind} ({value}) in plain text, readable "
                    + "by anyone who can read the compose file; pass it in from the shell or an `.env` file kept out of "
                    + "version control, or mount it as a compose secret")
            .message("useComposeSecrets", "Remove {name} from `environment`; pass the value in from the environment "
                    + "compose runs in (an interpolated variable, set from an `.env` file kept out of version "
                    + "control), or list a secret under the service's `secrets` and declare it in the top-level "
                    + "`secrets` with a `file` outside version control, which the application reads from "
                    + "{path}.")
            .build();

    public SecretInEnvironmentRule() {
        super(META);
    }

    /** The {@code secrets} entry that replaces the variable, with a secret named after it. */
    private static String secretsEntry(String name) {
        String secretName = name.toLowerCase(Locale.ROOT).replace('_', '-');
        return "{\"name\": \"" + name + "\", \"valueFrom\": \"arn:aws:secretsmanager:<region>:<account>:secret:"
                + secretName + "\"}";
    }

    @Override
    public void check(ContainerSpec container, RuleContext ctx) {
        for (EnvVar env : container.environment()) {
            String name = env.name().value();
            Optional<Sourced<String>> value = env.value().filter(v -> v.value() != null);
            if (name == null || value.isEmpty()) {
                continue;
            }
            String literal = value.get().value();
            // a templated value is filled at deploy time: only a credential format in its literal part counts
            Optional<Secrets.Kind> secret = value.get().unresolved()
                    ? Secrets.credentialFormat(name, literal)
                    : Secrets.hardCodedSecretKind(name, literal, ctx.settings());
            if (secret.isEmpty()) {
                continue;
            }
            if (container.task().isEcs()) {
                ctx.report(value.get(), META.message("literal").code("name", name).phrase("kind", secret.get().phrase())
                                .secret("value", Secrets.mask(literal)),
                        META.message("useSecrets").code("name", name).code("entry", secretsEntry(name)));
            } else {
                ctx.report(value.get(), META.message("literalCompose").code("name", name)
                                .phrase("kind", secret.get().phrase()).secret("value", Secrets.mask(literal)),
                        META.message("useComposeSecrets").code("name", name)
                                .code("path", "/run/secrets/" + name.toLowerCase(Locale.ROOT)));
            }
        }
    }
}
