package dev.ecslint.rules.lifecycle;

import dev.ecslint.core.aws.AbstractLifecyclePolicyRule;
import dev.ecslint.core.aws.LifecyclePolicy;
import dev.ecslint.core.aws.LifecyclePolicyRule;
import dev.ecslint.core.aws.LifecyclePolicyRule.TagStatus;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import java.util.Optional;

/** LP006: no rule ever selects untagged images. */
public final class UntaggedNeverExpireRule extends AbstractLifecyclePolicyRule {

    private static final RuleMeta META = RuleMeta.builder("LP006", "untagged-never-expire")
            .title("Let a lifecycle rule expire untagged images")
            .severity(Severity.WARNING)
            .category(Category.EFFICIENCY)
            .kinds(DocumentKind.LIFECYCLE_POLICY, DocumentKind.CLOUDFORMATION)
            .rationale("Every push that moves a tag (latest, main, a re-pushed version) leaves the previous image "
                    + "untagged. When no rule selects untagged (or any) images, those images are kept and billed "
                    + "forever, and they are usually the bulk of a repository.")
            .fix("Add a rule for untagged images, e.g. {\"tagStatus\": \"untagged\", \"countType\": "
                    + "\"sinceImagePushed\", \"countUnit\": \"days\", \"countNumber\": 14}, or end the policy with a "
                    + "tagStatus any rule.")
            .bad("lifecycle-policy.json", """
                    {"rules": [{"rulePriority": 1, "selection": {"tagStatus": "tagged", "tagPatternList": ["v*"],
                      "countType": "imageCountMoreThan", "countNumber": 20}, "action": {"type": "expire"}}]}
                    """)
            .bad("template.yaml", """
                    Resources:
                      Repository:
                        Type: AWS::ECR::Repository
                        Properties:
                          LifecyclePolicy:
                            LifecyclePolicyText: |
                              {"rules": [
                                {"rulePriority": 1, "selection": {"tagStatus": "tagged", "tagPrefixList": ["release"], "countType": "imageCountMoreThan", "countNumber": 10}, "action": {"type": "expire"}}]}
                    """)
            .good("lifecycle-policy.json", """
                    {"rules": [
                      {"rulePriority": 1, "selection": {"tagStatus": "untagged", "countType": "sinceImagePushed",
                        "countUnit": "days", "countNumber": 14}, "action": {"type": "expire"}},
                      {"rulePriority": 2, "selection": {"tagStatus": "tagged", "tagPatternList": ["v*"],
                        "countType": "imageCountMoreThan", "countNumber": 20}, "action": {"type": "expire"}}]}
                    """)
            .references(EcrDocs.LIFECYCLE_EXAMPLES)
            .message("noUntaggedRule", "no rule selects `untagged` or `any` images, so every image left untagged by "
                    + "a re-push is kept and billed forever; add a rule with `tagStatus` `untagged` (for example "
                    + "`sinceImagePushed`, 14 days)")
            .build();

    public UntaggedNeverExpireRule() {
        super(META);
    }

    @Override
    public void check(LifecyclePolicy policy, RuleContext ctx) {
        if (policy.rules().isEmpty()) {
            return;
        }
        for (LifecyclePolicyRule rule : policy.rules()) {
            Optional<TagStatus> status = rule.tagStatus();
            if (status.isEmpty() || status.get() != TagStatus.TAGGED) {
                return; // an untagged or any rule, or one we cannot read: assume it may cover them
            }
        }
        ctx.report(policy.rulesAt(), META.message("noUntaggedRule"));
    }
}
