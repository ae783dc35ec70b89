package dev.ecslint.rules.dockerfile;

import dev.ecslint.core.dockerfile.AbstractDockerfileRule;
import dev.ecslint.core.dockerfile.Dockerfile;
import dev.ecslint.core.dockerfile.Instruction;
import dev.ecslint.core.dockerfile.PackageCommand;
import dev.ecslint.core.dockerfile.PackageManager;
import dev.ecslint.core.dockerfile.Token;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import java.util.List;

/** DF009: a package install that would stop and ask for confirmation. */
public final class InstallMissingYesRule extends AbstractDockerfileRule {

    private static final RuleMeta META = RuleMeta.builder("DF009", "install-missing-yes")
            .title("Make package installs non-interactive")
            .severity(Severity.WARNING)
            .category(Category.RELIABILITY)
            .kinds(DocumentKind.DOCKERFILE)
            .rationale("A build has no terminal to answer \"Do you want to continue? [Y/n]\": apt-get, yum, dnf "
                    + "and zypper abort the install when they would ask, and the build fails or, worse, behaves "
                    + "differently depending on whether a prompt was needed.")
            .fix("Pass the assume-yes switch: `apt-get install -y`, `yum install -y`, `dnf install -y`, "
                    + "`microdnf install -y`, `zypper --non-interactive install` (or `zypper install -y`).")
            .bad("Dockerfile", "FROM debian:12-slim\nRUN apt-get update && apt-get install --no-install-recommends "
                    + "curl=7.88.1-10+deb12u8 \\\n    && rm -rf /var/lib/apt/lists/*\n")
            .good("Dockerfile", "FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends "
                    + "curl=7.88.1-10+deb12u8 \\\n    && rm -rf /var/lib/apt/lists/*\n")
            .references("https://docs.docker.com/build/building/best-practices/#apt-get",
                    "https://docs.docker.com/reference/dockerfile/#run")
            .message("noYes", "{command} without {yes} waits for a confirmation the build cannot give and aborts; "
                    + "add {yes}")
            .equivalents("DL3014", "DL3030", "DL3038", "DL3034", "DS021", "77783205-c4ca-4f80-bb80-c777f267c547",
                    "6e19193a-8753-436d-8a09-76dcff91bb03", "7ebd323c-31b7-4e5b-b26f-de5e9e477af8",
                    "45e1fca5-f90e-465d-825f-c2cb63fa3944")
            .build();

    public InstallMissingYesRule() {
        super(META);
    }

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx) {
        for (Instruction run : Instructions.withTriggers(dockerfile, "RUN")) {
            for (PackageCommand c : dockerfile.commandsOf(run).packageCommands()) {
                // apk never asks for confirmation, and microdnf's -y "does nothing": it never asks either
                if (!c.isInstall() || !c.manager().isSystem() || c.is(PackageManager.APK, PackageManager.MICRODNF)
                        || answersYes(c)) {
                    continue;
                }
                String yes = c.is(PackageManager.ZYPPER) ? "--non-interactive" : "-y";
                ctx.report(c.program(), META.message("noYes").code("command", c.name() + " " + c.subcommandName())
                        .code("yes", yes));
            }
        }
    }

    private static boolean answersYes(PackageCommand c) {
        switch (c.manager()) {
            case APT_GET:
            case APT:
                // apt-get(8): quiet level 2 implies -y
                return c.hasFlag("-y", "--yes", "--assume-yes") || c.quietLevel() >= 2 || assumesYesByOption(c);
            case ZYPPER:
                return c.hasFlag("-n", "--non-interactive", "-y", "--no-confirm");
            default:
                return c.hasFlag("-y", "--assumeyes");
        }
    }

    /** {@code -o APT::Get::Assume-Yes=true}: the configuration item behind -y. */
    private static boolean assumesYesByOption(PackageCommand c) {
        List<Token> args = c.arguments();
        for (int i = 0; i + 1 < args.size(); i++) {
            if (args.get(i).value().equals("-o") && args.get(i + 1).value().matches("(?i)APT::Get::Assume-Yes=(true|1|yes)")) {
                return true;
            }
        }
        return false;
    }
}
