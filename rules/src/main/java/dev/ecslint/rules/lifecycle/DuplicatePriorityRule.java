package dev.ecslint.rules.lifecycle;

import dev.ecslint.core.aws.AbstractLifecyclePolicyRule;
import dev.ecslint.core.aws.LifecyclePolicy;
import dev.ecslint.core.aws.LifecyclePolicyRule;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import java.util.HashMap;
import java.util.Map;

/** LP001: two lifecycle rules share a rulePriority. */
public final class DuplicatePriorityRule extends AbstractLifecyclePolicyRule {

    private static final RuleMeta META = RuleMeta.builder("LP001", "duplicate-priority")
            .title("Give every lifecycle rule its own rulePriority")
            .severity(Severity.ERROR)
            .category(Category.CORRECTNESS)
            .kinds(DocumentKind.LIFECYCLE_POLICY, DocumentKind.CLOUDFORMATION)
            .rationale("ECR applies lifecycle rules in ascending rulePriority and requires each rule to have a "
                    + "unique value; a policy with two rules at the same priority is rejected, so the repository "
                    + "keeps its old policy (or none) and the deployment that sets it fails.")
            .fix("Renumber the rules so that each rulePriority appears once; the values need not be consecutive.")
            .bad("lifecycle-policy.json", """
                    {"rules": [
                      {"rulePriority": 1, "selection": {"tagStatus": "untagged", "countType": "sinceImagePushed",
                        "countUnit": "days", "countNumber": 14}, "action": {"type": "expire"}},
                      {"rulePriority": 1, "selection": {"tagStatus": "any", "countType": "imageCountMoreThan",
                        "countNumber": 30}, "action": {"type": "expire"}}]}
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
                                {"rulePriority": 1, "selection": {"tagStatus": "any", "countType": "imageCountMoreThan", "countNumber": 100}, "action": {"type": "expire"}}]}
                    """)
            .good("lifecycle-policy.json", """
                    {"rules": [
                      {"rulePriority": 1, "selection": {"tagStatus": "untagged", "countType": "sinceImagePushed",
                        "countUnit": "days", "countNumber": 14}, "action": {"type": "expire"}},
                      {"rulePriority": 2, "selection": {"tagStatus": "any", "countType": "imageCountMoreThan",
                        "countNumber": 30}, "action": {"type": "expire"}}]}
                    """)
            .references(EcrDocs.LIFECYCLE_PROPERTIES)
            .message("samePriority", "{rule} has the same `rulePriority` as {earlier}; ECR rejects a policy whose "
                    + "rules share a priority, so give each rule its own `rulePriority`")
            .build();

    public DuplicatePriorityRule() {
        super(META);
    }

    @Override
    public void check(LifecyclePolicy policy, RuleContext ctx) {
        Map<Long, LifecyclePolicyRule> first = new HashMap<>();
        for (LifecyclePolicyRule rule : policy.rules()) {
            if (rule.priority().isEmpty()) {
                continue;
            }
            LifecyclePolicyRule earlier = first.putIfAbsent(rule.priority().getAsLong(), rule);
            if (earlier != null) {
                ctx.report(rule.at("rulePriority"), META.message("samePriority").phrase("rule", rule.label())
                        .phrase("earlier", earlier.label()));
            }
        }
    }
}
