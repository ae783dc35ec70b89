package dev.ecslint.rules.dockerfile;

import dev.ecslint.core.dockerfile.AbstractDockerfileRule;
import dev.ecslint.core.dockerfile.Dockerfile;
import dev.ecslint.core.dockerfile.Instruction;
import dev.ecslint.core.dockerfile.Token;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** DF029: {@code COPY}/{@code ADD} of a credential file, recognised by its name. */
public final class SensitiveFileCopiedRule extends AbstractDockerfileRule {

    private static final RuleMeta META = RuleMeta.builder("DF029", "sensitive-file-copied")
            .title("Do not copy credential files into the image")
            .severity(Severity.ERROR)
            .category(Category.SECURITY)
            .kinds(DocumentKind.DOCKERFILE)
            .rationale("A key, certificate bundle, `.env` or registry credential copied into a layer stays in the "
                    + "image for anyone who can pull it, even when a later step deletes the file.")
            .fix("Use the secret only while building (`RUN --mount=type=secret,id=npmrc,target=/root/.npmrc …`, "
                    + "`--mount=type=ssh`) and give the running task its secrets through ECS `secrets` "
                    + "(Secrets Manager or SSM Parameter Store).")
            .bad("Dockerfile", "FROM node:20-slim\nCOPY .npmrc package.json ./\nRUN npm ci\n")
            .good("Dockerfile", "FROM node:20-slim\nCOPY package.json ./\n"
                    + "RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\n")
            .references("https://docs.docker.com/build/building/secrets/",
                    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html")
            .build();

    public SensitiveFileCopiedRule() {
        super(META);
    }

    private static final Set<String> CREDENTIAL_NAMES = Set.of(".env", ".npmrc", ".pypirc", ".netrc",
            ".git-credentials");
    private static final List<String> CREDENTIAL_EXTENSIONS = List.of(".pem", ".key", ".p12", ".pfx");
    private static final List<String> PRIVATE_KEY_PREFIXES = List.of("id_rsa", "id_ed25519");
    /** Template copies of a {@code .env} file hold no real values. */
    private static final Set<String> ENV_TEMPLATES = Set.of("example", "sample", "template", "dist");

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx) {
        for (String keyword : List.of("COPY", "ADD")) {
            for (Instruction copy : Instructions.withTriggers(dockerfile, keyword)) {
                for (Token source : copy.sources()) {
                    if (source.value().startsWith("<<")) {
                        continue;
                    }
                    credentialKind(source.value()).ifPresent(kind -> ctx.report(source, "`" + copy.keyword() + " "
                            + source.value() + "` puts " + kind + " into an image layer, readable by anyone who can "
                            + "pull the image even if a later step deletes it; use `RUN --mount=type=secret` at "
                            + "build time and ECS `secrets` at run time instead."));
                }
            }
        }
    }

    /** What the file is when its name marks a credential file, else empty. */
    static Optional<String> credentialKind(String path) {
        String normalized = path.replace('\\', '/');
        while (normalized.endsWith("/") && normalized.length() > 1) {
            normalized = normalized.substring(0, normalized.length() - 1);
        }
        String lower = normalized.toLowerCase(Locale.ROOT);
        String name = lower.substring(lower.lastIndexOf('/') + 1);
        if (lower.endsWith(".aws/credentials")) {
            return Optional.of("AWS credentials");
        }
        if (name.endsWith(".pub")) {
            return Optional.empty();
        }
        if (name.equals(".env") || name.startsWith(".env.") && !ENV_TEMPLATES.contains(name.substring(5))) {
            return Optional.of("a `.env` file of secrets");
        }
        if (CREDENTIAL_NAMES.contains(name)) {
            return Optional.of("a credentials file (`" + name + "`)");
        }
        for (String prefix : PRIVATE_KEY_PREFIXES) {
            if (name.startsWith(prefix)) {
                return Optional.of("an SSH private key");
            }
        }
        for (String extension : CREDENTIAL_EXTENSIONS) {
            if (name.endsWith(extension)) {
                return Optional.of("a key or certificate file (`*" + extension + "`)");
            }
        }
        return Optional.empty();
    }
}
