package dev.ecslint.rules.dockerfile;

import dev.ecslint.core.dockerfile.AbstractDockerfileRule;
import dev.ecslint.core.dockerfile.Dockerfile;
import dev.ecslint.core.dockerfile.Instruction;
import dev.ecslint.core.dockerfile.KeyValue;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Secrets;
import dev.ecslint.core.model.Severity;
import java.util.Optional;

/** DF002: a literal secret in {@code ENV} or {@code ARG}. */
public final class SecretInEnvRule extends AbstractDockerfileRule {

    private static final RuleMeta META = RuleMeta.builder("DF002", "secret-in-env")
            .title("Do not hard-code secrets in ENV or ARG")
            .severity(Severity.ERROR)
            .category(Category.SECURITY)
            .kinds(DocumentKind.DOCKERFILE)
            .rationale("ENV values are stored in the image configuration and ARG values in its build history: "
                    + "anyone who can pull the image reads them with `docker inspect` or `docker history`, and "
                    + "every registry, cache and CI log that holds the image holds the secret. A value counts as a "
                    + "secret when its name is secret-like (DB_PASSWORD, githubToken, STRIPE_API_KEY) or the "
                    + "value has a known credential format (AWS key id, private key, GitHub/Slack/Stripe token, "
                    + "JWT, URL with a password); references such as ${DB_PASSWORD} and placeholders are fine.")
            .fix("Remove the value from the Dockerfile. Give it to the container at run time (ECS task definition "
                    + "`secrets` with `valueFrom` a Secrets Manager or SSM Parameter Store ARN); if a build step "
                    + "needs it, use `RUN --mount=type=secret,id=…`.")
            .bad("Dockerfile", "FROM node:20-alpine\nENV DB_PASSWORD=s3cr3t-pa55\nUSER node\n")
            .good("Dockerfile", "FROM node:20-alpine\nENV DB_PASSWORD_FILE=/run/secrets/db_password\nUSER node\n")
            .references("https://docs.docker.com/reference/dockerfile/#env",
                    "https://docs.docker.com/build/building/secrets/",
                    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html")
            .message("inEnv", "ENV {name} holds {kind} ({value}) that is stored in the image configuration (`docker "
                    + "inspect` shows it); remove it and inject it at run time through the task definition's `secrets` "
                    + "(valueFrom Secrets Manager or SSM), or use `RUN --mount=type=secret` for a build step")
            .message("inArg", "ARG {name} holds {kind} ({value}) that is recorded in the image history (`docker "
                    + "history` shows it); remove it and pass it to the build step that needs it with "
                    + "`RUN --mount=type=secret`, or at run time through the task definition's `secrets`")
            .equivalents("DS031", "c3e1b6ae-d92c-44b3-8ed5-1f5442bab6a4")
            .build();

    public SecretInEnvRule() {
        super(META);
    }

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx) {
        for (Instruction i : Instructions.withTriggers(dockerfile)) {
            if (!i.is("ENV") && !i.is("ARG")) {
                continue;
            }
            for (KeyValue kv : i.keyValues()) {
                if (!kv.hasValue()) {
                    continue;
                }
                Optional<Secrets.Kind> secret = Secrets.hardCodedSecretKind(kv.key(), kv.value(), ctx.settings());
                secret.ifPresent(kind -> ctx.report(kv.valueOrKeySpan(), null, META.message(i.is("ENV") ? "inEnv" : "inArg")
                        .code("name", kv.key()).phrase("kind", kind.phrase()).secret("value", Secrets.mask(kv.value()))));
            }
        }
    }
}
