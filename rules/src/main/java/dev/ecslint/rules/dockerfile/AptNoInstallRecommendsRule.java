package dev.ecslint.rules.dockerfile;

import dev.ecslint.core.dockerfile.AbstractDockerfileRule;
import dev.ecslint.core.dockerfile.Dockerfile;
import dev.ecslint.core.dockerfile.Instruction;
import dev.ecslint.core.dockerfile.PackageCommand;
import dev.ecslint.core.dockerfile.PackageManager;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;

/** DF010: {@code apt-get install} also pulls in every recommended package. */
public final class AptNoInstallRecommendsRule extends AbstractDockerfileRule {

    private static final RuleMeta META = RuleMeta.builder("DF010", "apt-no-install-recommends")
            .title("Use --no-install-recommends with apt-get install")
            .severity(Severity.INFO)
            .category(Category.EFFICIENCY)
            .kinds(DocumentKind.DOCKERFILE)
            .rationale("By default apt-get also installs the packages the requested ones merely recommend: "
                    + "documentation, extra tools, sometimes a whole toolchain. They make the image larger, slower "
                    + "to pull on every ECS task start, and add code that vulnerability scanners report.")
            .fix("Write `apt-get install -y --no-install-recommends <packages>` and list any recommended package "
                    + "you really need explicitly.")
            .bad("Dockerfile", "FROM debian:12-slim\nRUN apt-get update && apt-get install -y curl=7.88.1-10+deb12u8 "
                    + "\\\n    && rm -rf /var/lib/apt/lists/*\n")
            .good("Dockerfile", "FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends "
                    + "curl=7.88.1-10+deb12u8 \\\n    && rm -rf /var/lib/apt/lists/*\n")
            .references("https://docs.docker.com/build/building/best-practices/#apt-get")
            .message("recommends", "{command} without --no-install-recommends also installs every recommended "
                    + "package, growing the image and its attack surface; add --no-install-recommends")
            .equivalents("DL3015", "DS029", "7384dfb2-fcd1-4fbf-91cd-6c44c318c33c")
            .build();

    public AptNoInstallRecommendsRule() {
        super(META);
    }

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx) {
        for (Instruction run : Instructions.withTriggers(dockerfile, "RUN")) {
            for (PackageCommand c : dockerfile.commandsOf(run).packageCommands()) {
                if (c.is(PackageManager.APT_GET) && c.isInstall() && !skipsRecommends(c)) {
                    ctx.report(c.program(), META.message("recommends").code("command", c.name() + " install"));
                }
            }
        }
    }

    private static boolean skipsRecommends(PackageCommand c) {
        if (c.hasFlag("--no-install-recommends")) {
            return true;
        }
        var args = c.arguments();
        for (int i = 0; i < args.size(); i++) {
            String v = args.get(i).value();
            String option = v.equals("-o") || v.equals("--option") ? (i + 1 < args.size() ? args.get(i + 1).value() : "")
                    : v.startsWith("--option=") ? v.substring("--option=".length())
                    : v.startsWith("-o") && !v.startsWith("--") ? v.substring(2) : "";
            if (option.replace(" ", "").matches("(?i)APT::Install-Recommends=(false|0|no)")) {
                return true;
            }
        }
        return false;
    }
}
