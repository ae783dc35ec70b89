package com.example.ecslint;

import dev.ecslint.core.dockerfile.Dockerfile;
import dev.ecslint.core.dockerfile.Instruction;
import dev.ecslint.core.dockerfile.KeyValue;
import dev.ecslint.core.dockerfile.Stage;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.Rule;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;

/** The team's convention: every image says which team owns it. */
public final class TeamLabelRule implements Rule<Dockerfile> {

    private static final RuleMeta META = RuleMeta.builder("TM001", "team-label")
            .title("Images name their owning team")
            .severity(Severity.ERROR)
            .category(Category.MAINTAINABILITY)
            .kinds(DocumentKind.DOCKERFILE)
            .rationale("On-call needs to know who owns a running image.")
            .fix("Add LABEL team=<your team> to the final stage.")
            .message("noTeam", "the final stage has no team label; add LABEL team=<owner>")
            .bad("Dockerfile", "FROM nginx:1.27\n")
            .good("Dockerfile", "FROM nginx:1.27\nLABEL team=payments\n")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public Class<Dockerfile> subjectType() {
        return Dockerfile.class;
    }

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx) {
        Stage last = dockerfile.finalStage();
        for (Instruction label : last.instructions("LABEL")) {
            for (KeyValue pair : label.keyValues()) {
                if (pair.key().equals("team")) {
                    return;
                }
            }
        }
        ctx.report(last.from(), META.message("noTeam"));
    }
}
