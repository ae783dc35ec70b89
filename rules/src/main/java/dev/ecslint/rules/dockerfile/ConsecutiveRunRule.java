package dev.ecslint.rules.dockerfile;

import dev.ecslint.core.dockerfile.AbstractDockerfileRule;
import dev.ecslint.core.dockerfile.Dockerfile;
import dev.ecslint.core.dockerfile.Instruction;
import dev.ecslint.core.dockerfile.Stage;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;

/** DF039: consecutive single-command {@code RUN}s that could be one layer. */
public final class ConsecutiveRunRule extends AbstractDockerfileRule {

    private static final RuleMeta META = RuleMeta.builder("DF039", "consecutive-run")
            .title("Join consecutive single-command RUN instructions")
            .severity(Severity.STYLE)
            .category(Category.EFFICIENCY)
            .kinds(DocumentKind.DOCKERFILE)
            .rationale("Each RUN makes a layer. Consecutive one-command RUNs add layers, and files one of them "
                    + "creates and a later one deletes still weigh in the image. As in hadolint, RUNs that already "
                    + "chain commands are a deliberate split and are left alone, as are RUNs with `--mount` or a "
                    + "heredoc.")
            .fix("Join the commands with `&&` in one RUN (one command per line with `\\` continuations), or use a "
                    + "`RUN <<EOF` heredoc.")
            .bad("Dockerfile", "FROM debian:12-slim\nRUN mkdir -p /app\nRUN useradd --system app\n")
            .good("Dockerfile", "FROM debian:12-slim\nRUN mkdir -p /app \\\n    && useradd --system app\n")
            .references("https://docs.docker.com/build/building/best-practices/#run",
                    "https://docs.docker.com/reference/dockerfile/#here-documents")
            .message("consecutive", "this RUN follows another single-command RUN (line {line}), adding a layer for one "
                    + "command; join them with `&&` in one RUN")
            .equivalents("DL3059")
            .build();

    public ConsecutiveRunRule() {
        super(META);
    }

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx) {
        for (Stage stage : dockerfile.stages()) {
            Instruction previous = null;
            for (Instruction instruction : stage.instructions()) {
                boolean candidate = instruction.is("RUN") && isSingleCommand(instruction);
                if (candidate && previous != null) {
                    ctx.report(instruction.keywordSpan(), null, META.message("consecutive").number("line", previous.line()));
                }
                previous = candidate ? instruction : null;
            }
        }
    }

    /** One command, no {@code --mount}, no heredoc: what could simply be chained to its neighbour. */
    private static boolean isSingleCommand(Instruction run) {
        return !run.hasFlag("mount") && run.heredocs().isEmpty() && run.shellScript().commands().size() <= 1;
    }
}
