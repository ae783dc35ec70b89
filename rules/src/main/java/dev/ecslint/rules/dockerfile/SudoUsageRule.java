package dev.ecslint.rules.dockerfile;

import dev.ecslint.core.dockerfile.AbstractDockerfileRule;
import dev.ecslint.core.dockerfile.Dockerfile;
import dev.ecslint.core.dockerfile.ShellCommand;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;

/** DF022: {@code sudo} inside {@code RUN}. */
public final class SudoUsageRule extends AbstractDockerfileRule {

    private static final RuleMeta META = RuleMeta.builder("DF022", "sudo-usage")
            .title("Do not use sudo in RUN")
            .severity(Severity.WARNING)
            .category(Category.SECURITY)
            .kinds(DocumentKind.DOCKERFILE)
            .rationale("Build steps already run as root until a USER instruction switches away, so sudo adds "
                    + "nothing but a setuid binary in the image, unpredictable TTY and signal behaviour, and a "
                    + "way for a compromised process to regain root at run time.")
            .fix("Drop sudo: run privileged steps before switching USER (or switch back with USER root), and use "
                    + "gosu or su-exec only in an entrypoint that must drop privileges.")
            .bad("Dockerfile", "FROM debian:12-slim\nUSER app\nRUN sudo apt-get update\n")
            .good("Dockerfile", "FROM debian:12-slim\nRUN apt-get update\nUSER app\n")
            .references("https://docs.docker.com/build/building/best-practices/#user",
                    "https://docs.docker.com/reference/dockerfile/#user")
            .equivalents("DL3004", "DS010", "CKV2_DOCKER_1", "8ada6e80-0ade-439e-b176-0b28f6bce35a")
            .build();

    public SudoUsageRule() {
        super(META);
    }

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx) {
        for (ShellCommand command : Instructions.runCommands(dockerfile)) {
            if (command.is("sudo")) {
                ctx.report(command.command(), "`sudo` in RUN: build steps already run as root unless a USER "
                        + "switched away, and sudo leaves a setuid escalation path in the image; drop sudo and "
                        + "run this step before `USER`, or switch with `USER root` … `USER app`.");
            }
        }
    }
}
