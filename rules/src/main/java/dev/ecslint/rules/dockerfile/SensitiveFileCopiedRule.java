package dev.ecslint.rules.dockerfile;

import dev.ecslint.core.dockerfile.AbstractDockerfileRule;
import dev.ecslint.core.dockerfile.Dockerfile;
import dev.ecslint.core.dockerfile.Instruction;
import dev.ecslint.core.dockerfile.Token;
import dev.ecslint.core.i18n.Message;
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
            .message("copied", "{copy} puts {kind} into an image layer, readable by anyone who can pull the image even "
                    + "if a later step deletes it; use `RUN --mount=type=secret` at build time and ECS `secrets` at run "
                    + "time instead")
            .message("kindAws", "AWS credentials")
            .message("kindEnv", "a `.env` file of secrets")
            .message("kindCredentials", "a credentials file ({name})")
            .message("kindSshKey", "an SSH private key")
            .message("kindKeyFile", "a key or certificate file ({pattern})")
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
                    credentialKind(source.value()).ifPresent(kind -> ctx.report(source, META.message("copied")
                            .code("copy", copy.keyword() + " " + source.value()).phrase("kind", kind)));
                }
            }
        }
    }

    /** What the file is when its name marks a credential file, else empty. */
    static Optional<Message> credentialKind(String path) {
        String normalized = path.replace('\\', '/');
        while (normalized.endsWith("/") && normalized.length() > 1) {
            normalized = normalized.substring(0, normalized.length() - 1);
        }
        String lower = normalized.toLowerCase(Locale.ROOT);
        String name = lower.substring(lower.lastIndexOf('/') + 1);
        if (lower.endsWith(".aws/credentials")) {
            return Optional.of(META.message("kindAws"));
        }
        if (name.endsWith(".pub")) {
            return Optional.empty();
        }
        if (name.equals(".env") || name.startsWith(".env.") && !ENV_TEMPLATES.contains(name.substring(5))) {
            return Optional.of(META.message("kindEnv"));
        }
        if (CREDENTIAL_NAMES.contains(name)) {
            return Optional.of(META.message("kindCredentials").code("name", name));
        }
        for (String prefix : PRIVATE_KEY_PREFIXES) {
            if (name.startsWith(prefix)) {
                return Optional.of(META.message("kindSshKey"));
            }
        }
        for (String extension : CREDENTIAL_EXTENSIONS) {
            if (name.endsWith(extension)) {
                return Optional.of(META.message("kindKeyFile").code("pattern", "*" + extension));
            }
        }
        return Optional.empty();
    }
}
