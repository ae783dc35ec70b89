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
import java.util.List;

/** LP002: a tagStatus "any" rule that is not evaluated last. */
public final class AnyRuleNotLastRule extends AbstractLifecyclePolicyRule {

    private static final RuleMeta META = RuleMeta.builder("LP002", "any-rule-not-last")
            .title("Give the tagStatus any rule the highest rulePriority")
            .severity(Severity.ERROR)
            .category(Category.CORRECTNESS)
            .kinds(DocumentKind.LIFECYCLE_POLICY, DocumentKind.CLOUDFORMATION)
            .rationale("A rule with tagStatus any matches every image, so ECR requires it to have the highest "
                    + "rulePriority and be evaluated last; otherwise AWS rejects the policy. (Were it accepted, "
                    + "no rule after it could ever act.)")
            .fix("Give the any rule a rulePriority higher than every other rule's.")
            .bad("lifecycle-policy.json", """
                    {"rules": [
                      {"rulePriority": 1, "selection": {"tagStatus": "any", "countType": "imageCountMoreThan",
                        "countNumber": 30}, "action": {"type": "expire"}},
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
                                {"rulePriority": 1, "selection": {"tagStatus": "any", "countType": "imageCountMoreThan", "countNumber": 100}, "action": {"type": "expire"}},
                                {"rulePriority": 2, "selection": {"tagStatus": "untagged", "countType": "sinceImagePushed", "countUnit": "days", "countNumber": 14}, "action": {"type": "expire"}}]}
                    """)
            .good("lifecycle-policy.json", """
                    {"rules": [
                      {"rulePriority": 1, "selection": {"tagStatus": "untagged", "countType": "sinceImagePushed",
                        "countUnit": "days", "countNumber": 14}, "action": {"type": "expire"}},
                      {"rulePriority": 2, "selection": {"tagStatus": "any", "countType": "imageCountMoreThan",
                        "countNumber": 30}, "action": {"type": "expire"}}]}
                    """)
            .references(EcrDocs.LIFECYCLE_PROPERTIES)
            .message("notLast", "{rule} selects `any` images but {last} comes after it; ECR rejects the policy "
                    + "because the `any` rule must have the highest `rulePriority`, so renumber it to be evaluated "
                    + "last")
            .build();

    public AnyRuleNotLastRule() {
        super(META);
    }

    @Override
    public void check(LifecyclePolicy policy, RuleContext ctx) {
        List<LifecyclePolicyRule> ordered = policy.inEvaluationOrder();
        if (ordered.isEmpty()) {
            return;
        }
        LifecyclePolicyRule last = ordered.get(ordered.size() - 1);
        long highest = last.priority().getAsLong();
        for (LifecyclePolicyRule rule : ordered) {
            if (rule.tagStatus().filter(TagStatus.ANY::equals).isPresent() && rule.priority().getAsLong() < highest) {
                ctx.report(rule.at("rulePriority"), META.message("notLast").phrase("rule", rule.label())
                        .phrase("last", last.label()));
            }
        }
    }
}
