package dev.ecslint.rules.dockerfile;

import dev.ecslint.core.dockerfile.AbstractDockerfileRule;
import dev.ecslint.core.dockerfile.Dockerfile;
import dev.ecslint.core.dockerfile.Instruction;
import dev.ecslint.core.dockerfile.ShellCommand;
import dev.ecslint.core.dockerfile.Stage;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import java.util.Optional;

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
            .message("sudo", "`sudo` in RUN: build steps already run as root unless a USER switched away, and "
                    + "sudo leaves a setuid escalation path in the image; drop sudo")
            .message("sudoAfterUser", "`sudo` in RUN after {user}: sudo leaves a setuid escalation path in the "
                    + "image; drop it and run this step before {user}, or switch with `USER root` and back with "
                    + "{user}")
            .equivalents("DL3004", "DS010", "CKV2_DOCKER_1", "8ada6e80-0ade-439e-b176-0b28f6bce35a")
            .build();

    public SudoUsageRule() {
        super(META);
    }

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx) {
        for (Stage stage : dockerfile.stages()) {
            String user = stage.baseStage().map(base -> userAtEnd(base)).orElse(null);
            for (Instruction i : stage.instructions()) {
                if (i.is("USER")) {
                    user = i.argumentText().value().trim();
                }
                Instruction run = i.onbuildTrigger().orElse(i);
                if (!run.is("RUN")) {
                    continue;
                }
                for (ShellCommand command : dockerfile.commandsOf(run).commands()) {
                    if (command.is("sudo")) {
                        ctx.report(command.command(), user == null || run != i ? META.message("sudo")
                                : META.message("sudoAfterUser").code("user", "USER " + user));
                    }
                }
            }
        }
    }

    /** The USER in force at the end of a stage (and the stages it builds on), or {@code null}. */
    private static String userAtEnd(Stage stage) {
        for (Stage s = stage; ; s = s.baseStage().get()) {
            Optional<Instruction> user = s.last("USER");
            if (user.isPresent()) {
                return user.get().argumentText().value().trim();
            }
            if (s.baseStage().isEmpty()) {
                return null;
            }
        }
    }
}
