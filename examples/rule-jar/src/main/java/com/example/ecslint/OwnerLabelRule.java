package com.example.ecslint;

import dev.ecslint.core.dockerfile.AbstractDockerfileRule;
import dev.ecslint.core.dockerfile.Dockerfile;
import dev.ecslint.core.dockerfile.Instruction;
import dev.ecslint.core.dockerfile.KeyValue;
import dev.ecslint.core.dockerfile.Stage;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;

/** Every image names the team that owns it, so that on-call knows whom to call. */
public final class OwnerLabelRule extends AbstractDockerfileRule {

    private static final RuleMeta META = RuleMeta.builder("ACME001", "owner-label")
            .title("Images name their owning team")
            .severity(Severity.ERROR)
            .category(Category.MAINTAINABILITY)
            .kinds(DocumentKind.DOCKERFILE)
            .rationale("On-call needs to know who owns a running image; the label travels with it into ECR and "
                    + "every task.")
            .fix("Add LABEL team=<your team> to the final stage.")
            .bad("Dockerfile", "FROM nginx:1.27\n")
            .good("Dockerfile", "FROM nginx:1.27\nLABEL team=payments\n")
            .message("noTeam", "the final stage has no `team` label; add LABEL team=<owner>")
            .build();

    public OwnerLabelRule() {
        super(META);
    }

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx) {
        Stage last = dockerfile.finalStage();
        for (Instruction label : last.instructions("LABEL")) {
            for (KeyValue pair : label.keyValues()) {
                if (pair.key().equals("team") && pair.hasValue() && !pair.value().isBlank()) {
                    return;
                }
            }
        }
        ctx.report(last.from(), META.message("noTeam"));
    }
}
