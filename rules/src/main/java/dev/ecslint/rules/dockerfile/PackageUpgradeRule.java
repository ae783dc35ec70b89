package dev.ecslint.rules.dockerfile;

import dev.ecslint.core.dockerfile.AbstractDockerfileRule;
import dev.ecslint.core.dockerfile.Dockerfile;
import dev.ecslint.core.dockerfile.Instruction;
import dev.ecslint.core.dockerfile.PackageCommand;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;

/** DF012: a blanket upgrade of every installed package. */
public final class PackageUpgradeRule extends AbstractDockerfileRule {

    private static final RuleMeta META = RuleMeta.builder("DF012", "package-upgrade")
            .title("Do not upgrade all packages of the base image")
            .severity(Severity.INFO)
            .category(Category.RELIABILITY)
            .kinds(DocumentKind.DOCKERFILE)
            .rationale("`apt-get upgrade`, `apk upgrade`, `yum update` or `zypper dist-upgrade` without package names upgrade whatever "
                    + "the mirrors hold on the day of the build: two builds of the same Dockerfile differ, the "
                    + "layer grows by every upgraded package, and fixes belong in the base image, whose maintainers "
                    + "rebuild it with them. Upgrading one named package with a known fix is fine.")
            .fix("Move to a newer tag of the base image (rebuilt with the fixes), or upgrade only the package that "
                    + "needs it: `apt-get install -y --only-upgrade openssl`, `apk upgrade --no-cache openssl`, "
                    + "`yum update -y openssl`.")
            .bad("Dockerfile", "FROM alpine:3.20\nRUN apk upgrade --no-cache\n")
            .good("Dockerfile", "FROM alpine:3.20\nRUN apk upgrade --no-cache openssl\n")
            .references("https://docs.docker.com/build/building/best-practices/#apt-get",
                    "https://docs.docker.com/build/building/best-practices/#rebuild-your-images-often")
            .message("upgradeAll", "{command} upgrades every package to whatever the mirrors hold on build day, so "
                    + "builds are not reproducible; use a newer base image tag or upgrade only the packages that need "
                    + "a fix")
            .equivalents("DL3005", "DL3035", "DS024", "682fe378-c180-4bd5-8a14-95fc285fb269",
                    "989ab888-7d1e-410f-9dde-c64a1d367bf2", "8f6456be-0018-46db-9ce6-b3b6dc8d34d2",
                    "09fda05e-da85-4ee7-ab8d-2800a5e6e756", "d4895357-dd49-4ba5-b726-1bb81cb50989")
            .build();

    public PackageUpgradeRule() {
        super(META);
    }

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx) {
        for (Instruction run : Instructions.withTriggers(dockerfile, "RUN")) {
            for (PackageCommand c : dockerfile.commandsOf(run).packageCommands()) {
                if (c.isUpgrade() && c.operands().isEmpty()) {
                    ctx.report(c.subcommand().get(), META.message("upgradeAll")
                            .code("command", c.name() + " " + c.subcommandName()));
                }
            }
        }
    }
}
