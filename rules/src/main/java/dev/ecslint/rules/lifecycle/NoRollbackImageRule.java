package dev.ecslint.rules.lifecycle;

import dev.ecslint.core.aws.AbstractLifecyclePolicyRule;
import dev.ecslint.core.aws.LifecyclePolicy;
import dev.ecslint.core.aws.LifecyclePolicyRule;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;

/** LP008: a count rule on tagged images that keeps no previous image. */
public final class NoRollbackImageRule extends AbstractLifecyclePolicyRule {

    private static final RuleMeta META = RuleMeta.builder("LP008", "no-rollback-image")
            .title("Keep at least two tagged images to roll back to")
            .severity(Severity.WARNING)
            .category(Category.RELIABILITY)
            .kinds(DocumentKind.LIFECYCLE_POLICY, DocumentKind.CLOUDFORMATION)
            .rationale("A rule that expires all but the newest tagged image deletes the version a rollback would "
                    + "deploy: when the new release fails, the previous image is already gone and the service "
                    + "cannot return to it (ECS also needs it to start replacement tasks of the old revision).")
            .fix("Keep at least two images (\"countNumber\": 2 or more; 5 to 10 is common for release tags).")
            .bad("lifecycle-policy.json", """
                    {"rules": [{"rulePriority": 1, "selection": {"tagStatus": "any",
                      "countType": "imageCountMoreThan", "countNumber": 1}, "action": {"type": "expire"}}]}
                    """)
            .bad("template.yaml", """
                    Resources:
                      Repository:
                        Type: AWS::ECR::Repository
                        Properties:
                          LifecyclePolicy:
                            LifecyclePolicyText: |
                              {"rules": [
                                {"rulePriority": 1, "selection": {"tagStatus": "untagged", "countType": "sinceImagePushed", "countUnit": "days", "countNumber": 14}, "action": {"type": "expire"}},
                                {"rulePriority": 2, "selection": {"tagStatus": "tagged", "tagPrefixList": ["release"], "countType": "imageCountMoreThan", "countNumber": 1}, "action": {"type": "expire"}}]}
                    """)
            .good("lifecycle-policy.json", """
                    {"rules": [{"rulePriority": 1, "selection": {"tagStatus": "any",
                      "countType": "imageCountMoreThan", "countNumber": 10}, "action": {"type": "expire"}}]}
                    """)
            .references(EcrDocs.LIFECYCLE_PROPERTIES)
            .message("keepsOne", "{rule} keeps only the newest {status} image, so a rollback finds the previous "
                    + "release deleted; keep at least 2 (`\"countNumber\": 2` or more)")
            .build();

    public NoRollbackImageRule() {
        super(META);
    }

    @Override
    public void check(LifecyclePolicy policy, RuleContext ctx) {
        for (LifecyclePolicyRule rule : policy.rules()) {
            boolean tagged = rule.selectsTaggedImages();
            boolean counts = rule.countType().filter("imageCountMoreThan"::equals).isPresent();
            // countNumber below 1 is rejected outright (LP004)
            if (tagged && counts && rule.expires() && rule.countNumber().orElse(0) == 1) {
                ctx.report(rule.at("selection/countNumber"), META.message("keepsOne").phrase("rule", rule.label())
                        .code("status", rule.tagStatus().get().label()));
            }
        }
    }
}
