package dev.ecslint.core.testing;

import dev.ecslint.core.dockerfile.AbstractDockerfileRule;
import dev.ecslint.core.dockerfile.Dockerfile;
import dev.ecslint.core.dockerfile.Instruction;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;

/** A rule for engine tests: reports every RUN instruction, with a hadolint equivalent for pragmas. */
public final class RunInstructionRule extends AbstractDockerfileRule {

    private static final RuleMeta META = RuleMeta.builder("XT001", "run-instruction")
            .title("Test rule reporting every RUN")
            .severity(Severity.WARNING)
            .category(Category.MAINTAINABILITY)
            .kinds(DocumentKind.DOCKERFILE)
            .rationale("Exercises the engine.")
            .fix("None.")
            .message("run", "a RUN instruction")
            .bad("Dockerfile", "FROM scratch\nRUN x\n")
            .good("Dockerfile", "FROM scratch\n")
            .equivalents("DL9999")
            .build();

    public RunInstructionRule() {
        super(META);
    }

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx) {
        for (Instruction instruction : dockerfile.instructions()) {
            if (instruction.keyword().equals("RUN")) {
                ctx.report(instruction.keywordSpan(), null, META.message("run"));
            }
        }
    }
}
