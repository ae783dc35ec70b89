package dev.ecslint.rules.dockerfile;

import dev.ecslint.core.dockerfile.Dockerfile;
import dev.ecslint.core.dockerfile.Instruction;
import dev.ecslint.core.dockerfile.ShellCommand;
import dev.ecslint.core.dockerfile.Token;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.Rule;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** DF036: package signature verification switched off in a {@code RUN}. */
public final class SignatureCheckDisabledRule implements Rule<Dockerfile> {

    private static final RuleMeta META = RuleMeta.builder("DF036", "signature-check-disabled")
            .title("Do not disable package signature checks")
            .severity(Severity.ERROR)
            .category(Category.SECURITY)
            .kinds(DocumentKind.DOCKERFILE)
            .rationale("Package managers verify each package against the repository's signing key. Options such as "
                    + "`--allow-unauthenticated`, `--allow-untrusted`, `--nogpgcheck` or `gpgcheck=0` turn that "
                    + "off, so a compromised mirror or a man-in-the-middle can install code of its choice into the "
                    + "image.")
            .fix("Remove the option and import the repository's signing key (`/etc/apt/keyrings/…`, "
                    + "`rpm --import`, `/etc/apk/keys/`).")
            .bad("Dockerfile", "FROM debian:12-slim\nRUN apt-get update \\\n"
                    + "    && apt-get install -y --allow-unauthenticated curl\n")
            .good("Dockerfile", "FROM debian:12-slim\nRUN apt-get update && apt-get install -y curl\n")
            .references("https://docs.docker.com/build/building/best-practices/#apt-get",
                    "https://docs.docker.com/reference/dockerfile/#run")
            .equivalents("CKV2_DOCKER_7", "CKV2_DOCKER_8", "CKV2_DOCKER_9", "CKV2_DOCKER_10", "CKV2_DOCKER_11")
            .build();

    private static final List<String> DISABLING_FLAGS = List.of("--allow-unauthenticated", "--allow-untrusted",
            "--force-yes", "--nogpgcheck", "--no-gpg-checks", "--nosignature", "--nodigest",
            "--allow-insecure-repositories");
    /** {@code gpgcheck=0} in a repo file or {@code --setopt}, apt's {@code AllowUnauthenticated=true}, {@code [trusted=yes]}. */
    private static final Pattern DISABLING_SETTING = Pattern.compile(
            "(?i).*(gpgcheck\\s*=\\s*(0|false|no)\\b|allowunauthenticated\\W*(true|1|yes)|allowinsecurerepositories\\W*(true|1|yes)"
                    + "|\\[\\s*trusted\\s*=\\s*yes\\s*]).*", Pattern.DOTALL);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public Class<Dockerfile> subjectType() {
        return Dockerfile.class;
    }

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx) {
        for (Instruction run : InstructionWalk.withTriggers(dockerfile, "RUN")) {
            for (Token word : words(run)) {
                disabledBy(word.value()).ifPresent(what -> ctx.report(word, "`" + what + "` switches off package "
                        + "signature checks, so a tampered mirror or a man-in-the-middle can put its own code in "
                        + "the image; remove it and import the repository's signing key instead."));
            }
        }
    }

    /** Every word a RUN passes to its commands (exec form: its arguments). */
    static List<Token> words(Instruction run) {
        if (run.execForm()) {
            return run.arguments();
        }
        List<Token> words = new ArrayList<>();
        for (ShellCommand c : run.shellScript().commands()) {
            words.addAll(c.assignments());
            words.add(c.command());
            words.addAll(c.arguments());
        }
        return words;
    }

    static Optional<String> disabledBy(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (String flag : DISABLING_FLAGS) {
            if (lower.equals(flag) || lower.startsWith(flag + "=")) {
                return Optional.of(flag);
            }
        }
        if (DISABLING_SETTING.matcher(word).matches()) {
            return Optional.of(word.length() > 40 ? word.substring(0, 40) + "…" : word);
        }
        return Optional.empty();
    }
}
