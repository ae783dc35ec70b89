package dev.ecslint.rules.dockerfile;

import dev.ecslint.core.dockerfile.AbstractDockerfileRule;
import dev.ecslint.core.dockerfile.Dockerfile;
import dev.ecslint.core.dockerfile.ShellCommand;
import dev.ecslint.core.dockerfile.Token;
import dev.ecslint.core.i18n.Message;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** DF028: {@code chmod} giving write permission to every user. */
public final class WorldWritableRule extends AbstractDockerfileRule {

    private static final RuleMeta META = RuleMeta.builder("DF028", "world-writable")
            .title("Do not make files world-writable")
            .severity(Severity.WARNING)
            .category(Category.SECURITY)
            .kinds(DocumentKind.DOCKERFILE)
            .rationale("`chmod 777` or `o+w` lets every user in the container, including a compromised process "
                    + "running under another account, replace the application's code or configuration.")
            .fix("Give the files to the user that needs them (`COPY --chown=app:app`, `chown app`) and keep modes "
                    + "like 755 for directories and 644 for files.")
            .bad("Dockerfile", "FROM node:20-slim\nCOPY . /app\nRUN chmod -R 777 /app\n")
            .good("Dockerfile", "FROM node:20-slim\nCOPY --chown=node:node . /app\nRUN chmod -R 755 /app\n")
            .references("https://docs.docker.com/reference/dockerfile/#copy---chown---chmod",
                    "https://docs.docker.com/build/building/best-practices/#user")
            .message("worldWritable", "{chmod} lets every user in the container write to {target}, so any "
                    + "compromised process can alter it; {owner} and use 755/644 instead")
            .message("ownerUser", "give it to the container's user ({chown})")
            .message("ownerRuntime", "give it to the user the container runs as (`chown`)")
            .build();

    public WorldWritableRule() {
        super(META);
    }

    /** An octal mode; the last digit is "others". */
    private static final Pattern OCTAL = Pattern.compile("0*([0-7]?)([0-7])([0-7])([0-7])");
    /** One clause of a symbolic mode: {@code a+rwx}, {@code o=w}, {@code ugo+w}. */
    private static final Pattern CLAUSE = Pattern.compile("([ugoa]*)([-+=])([rwxXst]*)");

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx) {
        Optional<String> user = dockerfile.finalStage().last("USER").map(u -> u.argumentText().value().trim())
                .filter(u -> !u.startsWith("root") && !u.startsWith("0"));
        for (ShellCommand chmod : Instructions.runCommands(dockerfile)) {
            if (!chmod.is("chmod")) {
                continue;
            }
            List<Token> positionals = chmod.positionals();
            if (positionals.size() < 2 || chmod.hasFlag("--reference")) {
                continue;
            }
            Token mode = positionals.get(0);
            if (grantsOthersWrite(mode.value())) {
                String target = positionals.get(1).value();
                Message where = META.message("worldWritable").code("chmod", "chmod " + mode.value() + " " + target)
                        .code("target", target);
                ctx.report(mode, user.isPresent()
                        ? where.phrase("owner", META.message("ownerUser").code("chown", "chown " + user.get() + " " + target))
                        : where.phrase("owner", META.message("ownerRuntime")));
            }
        }
    }

    /**
     * True when the mode gives "others" write permission. A sticky directory ({@code 1777}, as {@code /tmp})
     * is the standard shared scratch space and is not reported; {@code +w} without a "who" follows the umask
     * (others get nothing under the usual 022) and is not reported either.
     */
    static boolean grantsOthersWrite(String mode) {
        Matcher octal = OCTAL.matcher(mode);
        if (octal.matches()) {
            boolean sticky = !octal.group(1).isEmpty() && (Integer.parseInt(octal.group(1)) & 1) != 0;
            return (Integer.parseInt(octal.group(4)) & 2) != 0 && !sticky;
        }
        for (String clause : mode.split(",")) {
            Matcher m = CLAUSE.matcher(clause);
            if (m.matches() && (m.group(1).contains("o") || m.group(1).contains("a"))
                    && !m.group(2).equals("-") && m.group(3).contains("w") && !m.group(3).contains("t")) {
                return true;
            }
        }
        return false;
    }
}
