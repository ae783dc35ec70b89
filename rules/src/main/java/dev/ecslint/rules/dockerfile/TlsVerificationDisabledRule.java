package dev.ecslint.rules.dockerfile;

import dev.ecslint.core.dockerfile.AbstractDockerfileRule;
import dev.ecslint.core.dockerfile.Dockerfile;
import dev.ecslint.core.dockerfile.Instruction;
import dev.ecslint.core.dockerfile.Invocation;
import dev.ecslint.core.dockerfile.KeyValue;
import dev.ecslint.core.dockerfile.PackageManager;
import dev.ecslint.core.dockerfile.Token;
import dev.ecslint.core.i18n.Message;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.Located;
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
public final class TlsVerificationDisabledRule extends AbstractDockerfileRule {

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
            .message("tlsOff", "{what} {why}, so anyone on the network path can impersonate the server; remove it and "
                    + "trust a private CA by installing its certificate instead")
            .message("whyProgram", "turns off certificate checks for {program}")
            .message("whyGeneric", "turns off certificate checks")
            .message("whyPython", "turns off certificate checks in Python's urllib")
            .message("whyNode", "turns off certificate checks in Node.js")
            .message("whyNpm", "turns off certificate checks in npm")
            .message("whyGit", "turns off certificate checks in git")
            .message("whyPipHost", "makes pip accept any certificate from that host")
            .message("fixCaSystem", "Remove it; when a private CA is the reason, copy its certificate to "
                    + "/usr/local/share/ca-certificates/ and run update-ca-certificates, or point SSL_CERT_FILE at it.")
            .message("fixCaNode", "Remove it; when a private CA is the reason, point NODE_EXTRA_CA_CERTS (or "
                    + "`npm config set cafile`) at its certificate.")
            .message("fixCaPip", "Remove it; when a private CA is the reason, point PIP_CERT (or `pip --cert`) at its "
                    + "certificate.")
            .message("fixCaPython", "Remove it; when a private CA is the reason, point SSL_CERT_FILE (and "
                    + "REQUESTS_CA_BUNDLE for requests) at its certificate.")
            .message("fixCaGit", "Remove it; when a private CA is the reason, point GIT_SSL_CAINFO (or `git config "
                    + "http.sslCAInfo`) at its certificate.")
            .equivalents("CKV2_DOCKER_2", "CKV2_DOCKER_3", "CKV2_DOCKER_4", "CKV2_DOCKER_5", "CKV2_DOCKER_6",
                    "CKV2_DOCKER_12", "CKV2_DOCKER_13", "CKV2_DOCKER_14", "CKV2_DOCKER_15", "CKV2_DOCKER_16")
            .build();

    public TlsVerificationDisabledRule() {
        super(META);
    }

    static final Pattern SSL_VERIFY_OFF = Pattern.compile("(?i)(.*[^a-z])?sslverify\\s*=\\s*(false|0|no)\\b.*");
    private static final Pattern SSL_VERIFY_KEY = Pattern.compile("(?i)http\\.(.*\\.)?sslverify");
    private static final Set<String> FALSE = Set.of("false", "0", "no", "off");

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx) {
        for (String keyword : List.of("ENV", "ARG")) {
            for (Instruction instruction : Instructions.withTriggers(dockerfile, keyword)) {
                for (KeyValue kv : instruction.keyValues()) {
                    variableDisablingTls(kv.key(), kv.value())
                            .ifPresent(why -> report(ctx, kv, keyword + " " + kv.key(), why, kv.key()));
                }
            }
        }
        for (Instruction run : Instructions.withTriggers(dockerfile, "RUN")) {
            for (Invocation program : dockerfile.commandsOf(run).invocations()) {
                for (Token assignment : program.assignments()) {
                    String word = assignment.value();
                    int eq = word.indexOf('=');
                    variableDisablingTls(word.substring(0, eq), word.substring(eq + 1))
                            .ifPresent(why -> report(ctx, assignment, word, why, word.substring(0, eq)));
                }
                if (!program.onlyMatchesText()) {
                    Set<Token> reported = Collections.newSetFromMap(new IdentityHashMap<>());
                    optionDisablingTls(program).ifPresent(t -> {
                        reported.add(t);
                        report(ctx, t, program.name() + " " + t.value(),
                                META.message("whyProgram").code("program", program.name()), program.name());
                    });
                    for (Token word : program.arguments()) {
                        if (!reported.contains(word) && mentionsSslVerify(word.value())
                                && SSL_VERIFY_OFF.matcher(word.value()).matches()) {
                            report(ctx, word, word.value(), META.message("whyGeneric"), program.name());
                        }
                    }
                }
            }
        }
    }

    /**
     * Whether {@code SSL_VERIFY_OFF} can match at all: a scan for its one literal before the pattern, whose
     * leading {@code .*} retries every position of every word of every RUN (5 % of a Dockerfile corpus run).
     */
    static boolean mentionsSslVerify(String word) {
        for (int i = 0; i + 9 <= word.length(); i++) {
            if (word.regionMatches(true, i, "sslverify", 0, 9)) {
                return true;
            }
        }
        return false;
    }

    private static void report(RuleContext ctx, Located at, String what, Message why, String tool) {
        ctx.report(at, META.message("tlsOff").code("what", what).phrase("why", why), caFix(tool));
    }

    /** How the tool whose check was turned off trusts a private CA instead. */
    private static Message caFix(String tool) {
        String t = tool.toUpperCase(Locale.ROOT);
        if (t.startsWith("NODE") || t.startsWith("NPM") || t.equals("YARN")) {
            return META.message("fixCaNode");
        }
        if (t.startsWith("PIP") || t.startsWith("PYTHON") && PackageManager.byCommand(tool).isPresent()) {
            return META.message("fixCaPip");
        }
        if (t.startsWith("PYTHON")) {
            return META.message("fixCaPython");
        }
        if (t.startsWith("GIT")) {
            return META.message("fixCaGit");
        }
        return META.message("fixCaSystem");
    }

    /** {@code NAME=value} in ENV, ARG, a command prefix or {@code export}. */
    static Optional<Message> variableDisablingTls(String name, String value) {
        String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        switch (name.toUpperCase(Locale.ROOT)) {
            case "PYTHONHTTPSVERIFY":
                return v.equals("0") ? Optional.of(META.message("whyPython")) : Optional.empty();
            case "NODE_TLS_REJECT_UNAUTHORIZED":
                return v.equals("0") ? Optional.of(META.message("whyNode")) : Optional.empty();
            case "NPM_CONFIG_STRICT_SSL":
                return FALSE.contains(v) ? Optional.of(META.message("whyNpm")) : Optional.empty();
            case "GIT_SSL_NO_VERIFY":
                // git skips verification when the variable is set at all, whatever its value
                return value == null ? Optional.empty() : Optional.of(META.message("whyGit"));
            case "PIP_TRUSTED_HOST":
                return v.isEmpty() ? Optional.empty() : Optional.of(META.message("whyPipHost"));
            default:
                return Optional.empty();
        }
    }

    /** An option or setting of the program itself: {@code curl -k}, {@code pip --trusted-host}, … */
    private static Optional<Token> optionDisablingTls(Invocation program) {
        if (program.is("curl")) {
            return program.option("--insecure", 'k');
        }
        if (program.is("wget")) {
            return program.option("--no-check-certificate", (char) 0);
        }
        if (program.isPip()) {
            return program.option("--trusted-host", (char) 0)
                    .or(() -> program.arguments().stream().filter(a -> a.value().endsWith(".trusted-host")).findFirst());
        }
        boolean npm = program.is("npm", "yarn", "pnpm");
        if (npm) {
            Optional<Token> flag = program.arguments().stream()
                    .filter(a -> a.value().equalsIgnoreCase("--strict-ssl=false")).findFirst();
            if (flag.isPresent()) {
                return flag;
            }
        }
        if (!npm && !program.is("git")) {
            return Optional.empty();
        }
        // npm config set strict-ssl false; git config [--global] http[.<url>].sslVerify false
        List<Token> args = program.arguments();
        for (int i = 0; i + 1 < args.size(); i++) {
            Token key = args.get(i);
            boolean off = FALSE.contains(args.get(i + 1).value().toLowerCase(Locale.ROOT));
            if (off && (npm ? key.value().equalsIgnoreCase("strict-ssl") : SSL_VERIFY_KEY.matcher(key.value()).matches())) {
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }
}
