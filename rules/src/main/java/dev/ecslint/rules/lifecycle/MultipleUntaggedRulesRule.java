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
import java.util.HashMap;
import java.util.Map;

/** LP010: more than one rule selects untagged images. */
public final class MultipleUntaggedRulesRule extends AbstractLifecyclePolicyRule {

    private static final RuleMeta META = RuleMeta.builder("LP010", "multiple-untagged-rules")
            .title("Select untagged images with one rule only")
            .severity(Severity.ERROR)
            .category(Category.CORRECTNESS)
            .kinds(DocumentKind.LIFECYCLE_POLICY, DocumentKind.CLOUDFORMATION)
            .rationale("\"Only one rule is allowed to select untagged images\" (ECR lifecycle policy evaluation "
                    + "rules): AWS rejects a policy with two tagStatus untagged rules. A final tagStatus any rule "
                    + "does not count; it is how AWS's own examples end a policy. Rules on archived images select a "
                    + "separate set of images and are counted separately.")
            .fix("Merge the untagged rules into one (keep the stricter count or age).")
            .bad("lifecycle-policy.json", """
                    {"rules": [
                      {"rulePriority": 1, "selection": {"tagStatus": "untagged", "countType": "imageCountMoreThan",
                        "countNumber": 5}, "action": {"type": "expire"}},
                      {"rulePriority": 2, "selection": {"tagStatus": "untagged", "countType": "sinceImagePushed",
                        "countUnit": "days", "countNumber": 14}, "action": {"type": "expire"}}]}
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
                                {"rulePriority": 2, "selection": {"tagStatus": "untagged", "countType": "imageCountMoreThan", "countNumber": 50}, "action": {"type": "expire"}}]}
                    """)
            .good("lifecycle-policy.json", """
                    {"rules": [
                      {"rulePriority": 1, "selection": {"tagStatus": "untagged", "countType": "sinceImagePushed",
                        "countUnit": "days", "countNumber": 14}, "action": {"type": "expire"}}]}
                    """)
            .references(EcrDocs.LIFECYCLE_EVALUATION)
            .message("secondUntagged", "{rule} selects untagged images, as {first} already does; ECR allows only one "
                    + "rule for untagged images, so merge them")
            .build();

    public MultipleUntaggedRulesRule() {
        super(META);
    }

    @Override
    public void check(LifecyclePolicy policy, RuleContext ctx) {
        Map<String, LifecyclePolicyRule> firstPerStorageClass = new HashMap<>();
        for (LifecyclePolicyRule rule : policy.rules()) {
            if (rule.tagStatus().filter(TagStatus.UNTAGGED::equals).isEmpty() || rule.storageClass().isEmpty()) {
                continue;
            }
            LifecyclePolicyRule first = firstPerStorageClass.putIfAbsent(rule.storageClass().get(), rule);
            if (first != null) {
                ctx.report(rule.at("selection/tagStatus"), META.message("secondUntagged").phrase("rule", rule.label())
                        .phrase("first", first.label()));
            }
        }
    }
}
