package dev.ecslint.rules.dockerfile;

import dev.ecslint.core.dockerfile.AbstractDockerfileRule;
import dev.ecslint.core.dockerfile.Dockerfile;
import dev.ecslint.core.dockerfile.Instruction;
import dev.ecslint.core.dockerfile.ShellCommand;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import java.util.Optional;

/** DF035: a {@code RUN} whose only package-manager work is refreshing the index. */
public final class UpdateAloneRule extends AbstractDockerfileRule {

    private static final RuleMeta META = RuleMeta.builder("DF035", "update-alone")
            .title("Update the package index in the same RUN as the install")
            .severity(Severity.WARNING)
            .category(Category.RELIABILITY)
            .kinds(DocumentKind.DOCKERFILE)
            .rationale("Docker caches each RUN layer by its text. A `RUN apt-get update` on its own is reused from "
                    + "cache for months, so a later `RUN apt-get install` works from a stale index: it installs "
                    + "outdated packages or fails when the mirror has dropped them.")
            .fix("Refresh and install in one RUN: `RUN apt-get update && apt-get install -y --no-install-recommends "
                    + "curl && rm -rf /var/lib/apt/lists/*`.")
            .bad("Dockerfile", "FROM debian:12-slim\nRUN apt-get update\nRUN apt-get install -y curl\n")
            .good("Dockerfile", "FROM debian:12-slim\nRUN apt-get update && apt-get install -y curl \\\n"
                    + "    && rm -rf /var/lib/apt/lists/*\n")
            .references("https://docs.docker.com/build/building/best-practices/#apt-get")
            .message("updateAlone", "{update} runs alone in this RUN, so its cached layer leaves later installs with a "
                    + "stale index; update and install in the same RUN ({together})")
            .equivalents("DS017", "CKV_DOCKER_5", "9bae49be-0aa3-4de5-bab2-4c3a069e40cd")
            .build();

    public UpdateAloneRule() {
        super(META);
    }

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx) {
        for (Instruction run : Instructions.withTriggers(dockerfile, "RUN")) {
            ShellCommand update = null;
            boolean otherPackageWork = false;
            for (ShellCommand c : dockerfile.commandsOf(run).commands()) {
                if (!c.is("apt-get", "apt", "apk", "yum", "dnf", "microdnf", "zypper")) {
                    continue;
                }
                if (isIndexUpdate(c)) {
                    update = update == null ? c : update;
                } else if (c.subcommand().isPresent()) {
                    otherPackageWork = true;
                }
            }
            if (update != null && !otherPackageWork) {
                String text = update.name() + " " + update.subcommand().get().value();
                ctx.report(update.command(), META.message("updateAlone").code("update", text)
                        .code("together", text + " && … install …"));
            }
        }
    }

    private static boolean isIndexUpdate(ShellCommand c) {
        Optional<String> sub = c.subcommand().map(t -> t.value());
        if (sub.isEmpty()) {
            return false;
        }
        String s = sub.get();
        if (c.is("apt-get", "apt", "apk")) {
            return s.equals("update");
        }
        if (c.is("zypper")) {
            return s.equals("refresh") || s.equals("ref");
        }
        return s.equals("makecache");
    }
}
