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
import java.util.Locale;

/** DF003: a secret passed as a build argument (its value is given with {@code --build-arg}). */
public final class SecretBuildArgRule extends AbstractDockerfileRule {

    private static final RuleMeta META = RuleMeta.builder("DF003", "secret-build-arg")
            .title("Pass build secrets with a secret mount, not ARG")
            .severity(Severity.WARNING)
            .category(Category.SECURITY)
            .kinds(DocumentKind.DOCKERFILE)
            .rationale("An ARG without a literal value still ends up in the image: the value given with "
                    + "`--build-arg` is recorded in the build history of every layer that uses it, where "
                    + "`docker history` shows it to anyone who can pull the image. BuildKit secret mounts make the "
                    + "secret available to one RUN step without writing it to any layer or to the history.")
            .fix("Drop the ARG and read the secret from a secret mount in the step that needs it: "
                    + "`RUN --mount=type=secret,id=npm_token NPM_TOKEN=$(cat /run/secrets/npm_token) npm ci`, built "
                    + "with `docker build --secret id=npm_token,env=NPM_TOKEN`.")
            .bad("Dockerfile", "FROM node:20-alpine\nARG NPM_TOKEN\nRUN npm ci\nUSER node\n")
            .good("Dockerfile", "FROM node:20-alpine\nRUN --mount=type=secret,id=npm_token \\\n"
                    + "    NPM_TOKEN=$(cat /run/secrets/npm_token) npm ci\nUSER node\n")
            .references("https://docs.docker.com/build/building/secrets/",
                    "https://docs.docker.com/reference/dockerfile/#arg",
                    "https://docs.docker.com/reference/dockerfile/#run---mounttypesecret")
            .message("secretArg", "build argument {name} carries a secret: the value given with --build-arg is "
                    + "recorded in the image history (`docker history` shows it); use {mount} in the step that needs "
                    + "it instead")
            .message("fixMount", "Drop the ARG and read the secret from a secret mount in the step that needs it, "
                    + "{mount} (Dockerfile syntax 1.10 and later; earlier ones read the file {file}), built with {build}.")
            .equivalents("DS031")
            .build();

    public SecretBuildArgRule() {
        super(META);
    }

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx) {
        for (Instruction i : Instructions.withTriggers(dockerfile, "ARG")) {
            for (KeyValue kv : i.keyValues()) {
                // a literal default is a hard-coded secret: DF002 reports it
                if ((!kv.hasValue() || Secrets.isReference(kv.value()))
                        && Secrets.isSecretLikeName(kv.key(), ctx.settings())) {
                    String id = kv.key().toLowerCase(Locale.ROOT);
                    ctx.report(kv.keySpan(), null, META.message("secretArg").code("name", kv.key())
                            .code("mount", "RUN --mount=type=secret,id=" + id),
                            META.message("fixMount").code("mount", "RUN --mount=type=secret,id=" + id + ",env=" + kv.key())
                                    .code("file", "/run/secrets/" + id)
                                    .code("build", "docker build --secret id=" + id + ",env=" + kv.key()), null);
                }
            }
        }
    }
}
