package dev.ecslint.rules.dockerfile;

import dev.ecslint.core.dockerfile.AbstractDockerfileRule;
import dev.ecslint.core.dockerfile.Dockerfile;
import dev.ecslint.core.dockerfile.Instruction;
import dev.ecslint.core.dockerfile.Shell;
import dev.ecslint.core.dockerfile.ShellCommand;
import dev.ecslint.core.dockerfile.Stage;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** DF023: a pipeline in a POSIX-shell {@code RUN} whose shell does not use {@code -o pipefail}. */
public final class PipeWithoutPipefailRule extends AbstractDockerfileRule {

    private static final RuleMeta META = RuleMeta.builder("DF023", "pipe-without-pipefail")
            .title("Set -o pipefail before piping in RUN")
            .severity(Severity.WARNING)
            .category(Category.RELIABILITY)
            .kinds(DocumentKind.DOCKERFILE)
            .rationale("A shell pipeline returns the status of its last command only: in `RUN curl -fsSL $URL | "
                    + "tar -xz` a failed download still ends with a successful step and an image missing its "
                    + "files. With `-o pipefail` any failing command of the pipe fails the build.")
            .fix("Put `SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]` (ash on Alpine) before the RUN, or "
                    + "start the command with `set -o pipefail &&`.")
            .bad("Dockerfile", "FROM debian:12-slim\nRUN curl -fsSL https://example.com/tool.tgz | tar -xz -C /opt\n")
            .good("Dockerfile", "FROM debian:12-slim\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\n"
                    + "RUN curl -fsSL https://example.com/tool.tgz | tar -xz -C /opt\n")
            .references("https://docs.docker.com/build/building/best-practices/#using-pipes",
                    "https://docs.docker.com/reference/dockerfile/#shell")
            .message("noPipefail", "{writer} pipes into {reader} without pipefail, so if {writer} fails the step "
                    + "still succeeds; add {shell} before this RUN or start it with `set -o pipefail &&`")
            .equivalents("DL4006", "DS032", "efbf148a-67e9-42d2-ac47-02fa1c0d0b22")
            .build();

    public PipeWithoutPipefailRule() {
        super(META);
    }

    /** Shells whose {@code -o pipefail} option exists; plain {@code sh} (dash) may not have it, as hadolint holds. */
    private static final Set<String> PIPEFAIL_SHELLS = Set.of("bash", "zsh", "ash", "ksh", "mksh");

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx) {
        Map<Stage, String> shells = new IdentityHashMap<>();
        for (Instruction run : Instructions.withTriggers(dockerfile, "RUN")) {
            if (run.execForm() || !run.isPosixShell() || shellSetsPipefail(run.shell())) {
                continue;
            }
            for (ShellCommand command : run.shellScript().commands()) {
                if (command.next().isPipe() && !command.pipefail()) {
                    String reader = run.shellScript().after(command).map(ShellCommand::name).orElse("…");
                    ctx.report(command.command(), META.message("noPipefail").code("writer", command.name())
                            .code("reader", reader).code("shell", dockerfile.stageOf(run)
                                    .map(stage -> shells.computeIfAbsent(stage, st -> pipefailShell(dockerfile, st)))
                                    .orElse(pipefailShell(BaseImage.Family.UNKNOWN))));
                    break;
                }
            }
        }
    }

    /** A SHELL line the image can run: Alpine and BusyBox images have ash, not bash. */
    private static String pipefailShell(Dockerfile dockerfile, Stage stage) {
        return pipefailShell(BaseImage.of(dockerfile, stage).family());
    }

    private static String pipefailShell(BaseImage.Family family) {
        String shell = family == BaseImage.Family.ALPINE || family == BaseImage.Family.BUSYBOX ? "/bin/ash" : "/bin/bash";
        return "SHELL [\"" + shell + "\", \"-o\", \"pipefail\", \"-c\"]";
    }

    private static boolean shellSetsPipefail(Shell shell) {
        if (!shell.pipefail() || shell.command().isEmpty()) {
            return false;
        }
        String program = shell.command().get(0);
        String name = program.substring(program.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return PIPEFAIL_SHELLS.contains(name);
    }
}
