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
import java.util.ArrayList;
import java.util.List;

/** DF017: several CMD, ENTRYPOINT or HEALTHCHECK instructions in one stage, of which only the last counts. */
public final class RepeatedEntrypointRule extends AbstractDockerfileRule {

    private static final RuleMeta META = RuleMeta.builder("DF017", "repeated-entrypoint")
            .title("Give each stage at most one CMD, ENTRYPOINT and HEALTHCHECK")
            .severity(Severity.WARNING)
            .category(Category.CORRECTNESS)
            .kinds(DocumentKind.DOCKERFILE)
            .rationale("Docker keeps only the last CMD, ENTRYPOINT and HEALTHCHECK of a stage; the earlier ones "
                    + "do nothing. A reader (or a grader) who sees the first one believes the container starts "
                    + "differently than it does. Each stage is counted on its own, as each FROM starts afresh.")
            .fix("Delete all but the one you mean; to run several processes use a small entrypoint script or, on "
                    + "ECS, one container per process in the task definition.")
            .bad("Dockerfile", "FROM node:20-alpine\nCMD [\"node\", \"migrate.js\"]\nCMD [\"node\", \"server.js\"]\n")
            .good("Dockerfile", "FROM node:20-alpine\nCMD [\"node\", \"server.js\"]\n")
            .references("https://docs.docker.com/reference/dockerfile/#cmd",
                    "https://docs.docker.com/reference/dockerfile/#entrypoint",
                    "https://docs.docker.com/reference/dockerfile/#healthcheck")
            .message("repeated", "this stage already has a {keyword} (line {line}); only the last {keyword} takes "
                    + "effect, so keep exactly one")
            .message("repeatedTrigger", "the ONBUILD triggers of this stage already include a {keyword} (line "
                    + "{line}); only the last {keyword} takes effect, so keep exactly one")
            .equivalents("DL4003", "DL4004", "DL3012", "DS007", "DS016", "DS023",
                    "6938958b-3f1a-451c-909b-baeee14bdc97", "41c195f4-fc31-4a5c-8a1b-90605538d49f")
            .build();

    public RepeatedEntrypointRule() {
        super(META);
    }

    private static final List<String> SINGLE = List.of("CMD", "ENTRYPOINT", "HEALTHCHECK");

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx) {
        for (Stage stage : dockerfile.stages()) {
            List<Instruction> triggers = new ArrayList<>();
            for (Instruction i : stage.instructions()) {
                i.onbuildTrigger().ifPresent(triggers::add);
            }
            for (String keyword : SINGLE) {
                reportRepeats(stage.instructions(), keyword, "repeated", ctx);
                reportRepeats(triggers, keyword, "repeatedTrigger", ctx);
            }
        }
    }

    /** Reports every occurrence after the first, as hadolint does. */
    private static void reportRepeats(List<Instruction> instructions, String keyword, String message,
                                      RuleContext ctx) {
        Instruction first = null;
        for (Instruction i : instructions) {
            if (!i.is(keyword)) {
                continue;
            }
            if (first == null) {
                first = i;
                continue;
            }
            ctx.report(i.keywordSpan(), null, META.message(message).verbatim("keyword", keyword).number("line", first.line()));
        }
    }
}
