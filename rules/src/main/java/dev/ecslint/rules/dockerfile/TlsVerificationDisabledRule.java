package dev.ecslint.rules.dockerfile;

import dev.ecslint.core.dockerfile.Dockerfile;
import dev.ecslint.core.dockerfile.Instruction;
import dev.ecslint.core.dockerfile.KeyValue;
import dev.ecslint.core.dockerfile.ShellCommand;
import dev.ecslint.core.dockerfile.Token;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.Located;
import dev.ecslint.core.model.Rule;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** DF037: TLS certificate verification switched off for downloads made while building or running. */
public final class TlsVerificationDisabledRule implements Rule<Dockerfile> {

    private static final RuleMeta META = RuleMeta.builder("DF037", "tls-verification-disabled")
            .title("Do not disable TLS certificate verification")
            .severity(Severity.ERROR)
            .category(Category.SECURITY)
            .kinds(DocumentKind.DOCKERFILE)
            .rationale("Without certificate verification (`curl -k`, `wget --no-check-certificate`, "
                    + "`pip --trusted-host`, `NODE_TLS_REJECT_UNAUTHORIZED=0`, `git http.sslVerify false`, …) "
                    + "anyone on the network path can impersonate the server and feed the build, or the running "
                    + "task, content of their choice.")
            .fix("Remove the option; when a private CA is the reason, install its certificate (copy it to "
                    + "/usr/local/share/ca-certificates/ and run update-ca-certificates, or set SSL_CERT_FILE, "
                    + "NODE_EXTRA_CA_CERTS, PIP_CERT).")
            .bad("Dockerfile", "FROM debian:12-slim\nRUN curl -kfsSLO https://example.com/tool.tgz\n")
            .good("Dockerfile", "FROM debian:12-slim\nRUN curl -fsSLO https://example.com/tool.tgz\n")
            .references("https://docs.docker.com/reference/dockerfile/#run",
                    "https://docs.docker.com/reference/dockerfile/#env")
            .equivalents("CKV2_DOCKER_2", "CKV2_DOCKER_3", "CKV2_DOCKER_4", "CKV2_DOCKER_5", "CKV2_DOCKER_6",
                    "CKV2_DOCKER_12", "CKV2_DOCKER_13", "CKV2_DOCKER_14", "CKV2_DOCKER_15", "CKV2_DOCKER_16")
            .build();

    private static final Pattern SSL_VERIFY_OFF = Pattern.compile("(?i)(.*[^a-z])?sslverify\\s*=\\s*(false|0|no)\\b.*");
    private static final Pattern SSL_VERIFY_KEY = Pattern.compile("(?i)http\\.(.*\\.)?sslverify");
    private static final Set<String> FALSE = Set.of("false", "0", "no", "off");

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
        for (String keyword : List.of("ENV", "ARG")) {
            for (Instruction instruction : InstructionWalk.withTriggers(dockerfile, keyword)) {
                for (KeyValue kv : instruction.keyValues()) {
                    variableDisablingTls(kv.key(), kv.value())
                            .ifPresent(why -> report(ctx, kv, keyword + " " + kv.key(), why));
                }
            }
        }
        for (Instruction run : InstructionWalk.withTriggers(dockerfile, "RUN")) {
            Set<Token> reported = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Token word : SignatureCheckDisabledRule.words(run)) {
                wordDisablingTls(word.value()).ifPresent(why -> {
                    reported.add(word);
                    report(ctx, word, word.value(), why);
                });
            }
            for (ShellCommand c : run.shellScript().allCommands()) {
                commandDisablingTls(c).filter(t -> !reported.contains(t)).ifPresent(t -> {
                    reported.add(t);
                    report(ctx, t, c.name() + " " + t.value(), "turns off certificate checks for `" + c.name() + "`");
                });
            }
        }
    }

    private static void report(RuleContext ctx, Located at, String what, String why) {
        ctx.report(at, "`" + what + "` " + why + ", so anyone on the network path can impersonate the server; "
                + "remove it and trust a private CA by installing its certificate instead.");
    }

    /** {@code NAME=value} in ENV, ARG, a command prefix or {@code export}. */
    static Optional<String> variableDisablingTls(String name, String value) {
        String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        switch (name.toUpperCase(Locale.ROOT)) {
            case "PYTHONHTTPSVERIFY":
                return v.equals("0") ? Optional.of("turns off certificate checks in Python's urllib") : Optional.empty();
            case "NODE_TLS_REJECT_UNAUTHORIZED":
                return v.equals("0") ? Optional.of("turns off certificate checks in Node.js") : Optional.empty();
            case "NPM_CONFIG_STRICT_SSL":
                return FALSE.contains(v) ? Optional.of("turns off certificate checks in npm") : Optional.empty();
            case "GIT_SSL_NO_VERIFY":
                // git skips verification when the variable is set at all, whatever its value
                return value == null ? Optional.empty() : Optional.of("turns off certificate checks in git");
            case "PIP_TRUSTED_HOST":
                return v.isEmpty() ? Optional.empty() : Optional.of("makes pip accept any certificate from that host");
            default:
                return Optional.empty();
        }
    }

    static Optional<String> wordDisablingTls(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.equals("--no-check-certificate")) {
            return Optional.of("turns off certificate checks for wget");
        }
        if (lower.startsWith("--trusted-host") || lower.endsWith(".trusted-host")) {
            return Optional.of("makes pip accept any certificate from that host");
        }
        if (lower.equals("--strict-ssl=false")) {
            return Optional.of("turns off certificate checks in npm");
        }
        if (SSL_VERIFY_OFF.matcher(word).matches()) {
            return Optional.of("turns off certificate checks");
        }
        int eq = word.indexOf('=');
        if (eq > 0 && word.substring(0, eq).matches("[A-Za-z_][A-Za-z0-9_]*")) {
            return variableDisablingTls(word.substring(0, eq), word.substring(eq + 1));
        }
        return Optional.empty();
    }

    /** Options that take their meaning from the command: {@code curl -k}, {@code git config http.sslVerify false}. */
    private static Optional<Token> commandDisablingTls(ShellCommand c) {
        if (c.is("curl")) {
            return c.flag("-k", "--insecure");
        }
        List<Token> args = c.arguments();
        boolean config = c.hasArgument("config");
        for (int i = 0; i + 1 < args.size() && config; i++) {
            Token key = args.get(i);
            String next = args.get(i + 1).value().toLowerCase(Locale.ROOT);
            boolean sslVerify = c.is("git") && SSL_VERIFY_KEY.matcher(key.value()).matches();
            boolean strictSsl = c.is("npm", "yarn", "pnpm") && key.value().equalsIgnoreCase("strict-ssl");
            if ((sslVerify || strictSsl) && FALSE.contains(next)) {
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }
}
