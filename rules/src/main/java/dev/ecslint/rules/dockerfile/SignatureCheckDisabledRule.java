package dev.ecslint.rules.dockerfile;

import dev.ecslint.core.dockerfile.AbstractDockerfileRule;
import dev.ecslint.core.dockerfile.Dockerfile;
import dev.ecslint.core.dockerfile.Instruction;
import dev.ecslint.core.dockerfile.Invocation;
import dev.ecslint.core.dockerfile.Token;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** DF036: package signature verification switched off in a {@code RUN}. */
public final class SignatureCheckDisabledRule extends AbstractDockerfileRule {

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
            .message("noSignatures", "{option} switches off package signature checks, so a tampered mirror or a "
                    + "man-in-the-middle can put its own code in the image; remove it and import the repository's "
                    + "signing key instead")
            .equivalents("CKV2_DOCKER_7", "CKV2_DOCKER_8", "CKV2_DOCKER_9", "CKV2_DOCKER_10", "CKV2_DOCKER_11")
            .build();

    public SignatureCheckDisabledRule() {
        super(META);
    }

    private static final String[] PACKAGE_MANAGERS = {"apt-get", "apt", "aptitude", "apk", "yum", "dnf", "microdnf",
            "tdnf", "zypper", "rpm"};
    private static final List<String> DISABLING_FLAGS = List.of("--allow-unauthenticated", "--allow-untrusted",
            "--force-yes", "--nogpgcheck", "--no-gpg-checks", "--nosignature", "--nodigest",
            "--allow-insecure-repositories");
    /** {@code gpgcheck=0} in a repo file or {@code --setopt}, apt's {@code AllowUnauthenticated=true}, {@code [trusted=yes]}. */
    static final Pattern DISABLING_SETTING = Pattern.compile(
            "(?i)(gpgcheck\\s*=\\s*(0|false|no)\\b|allowunauthenticated\\W*(true|1|yes)|allowinsecurerepositories\\W*(true|1|yes)"
                    + "|\\[\\s*trusted\\s*=\\s*yes\\s*])");

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx) {
        for (Instruction run : Instructions.withTriggers(dockerfile, "RUN")) {
            for (Invocation program : dockerfile.commandsOf(run).invocations()) {
                if (program.onlyMatchesText()) {
                    continue;
                }
                boolean packageManager = program.is(PACKAGE_MANAGERS);
                for (Token word : program.arguments()) {
                    disabledBy(word.value(), packageManager).ifPresent(what -> ctx.report(word,
                            META.message("noSignatures").code("option", what)));
                }
            }
        }
    }

    /**
     * What in {@code word} disables signature checks: an option of a package manager, or a setting written
     * anywhere (echoed into a repository file, passed with {@code --setopt}). A local {@code file:} repository
     * marked {@code [trusted=yes]} holds packages built in the same step and is not reported.
     */
    static Optional<String> disabledBy(String word, boolean packageManager) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (packageManager && lower.startsWith("-")) {
            for (String flag : DISABLING_FLAGS) {
                if (lower.startsWith(flag) && (lower.length() == flag.length() || lower.charAt(flag.length()) == '=')) {
                    return Optional.of(flag);
                }
            }
        }
        // the pattern's literals first: a find over every word of every RUN was 5 % of a Dockerfile corpus run
        if (!(lower.contains("gpgcheck") || lower.contains("allowunauthenticated") || lower.contains("allowinsecurerepositories")
                || lower.contains("trusted"))) {
            return Optional.empty();
        }
        Matcher setting = DISABLING_SETTING.matcher(word);
        if (setting.find() && !(lower.contains("trusted=yes") && lower.contains("file:/"))) {
            return Optional.of(setting.group(1));
        }
        return Optional.empty();
    }
}
