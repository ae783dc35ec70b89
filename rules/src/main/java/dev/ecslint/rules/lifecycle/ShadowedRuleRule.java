package dev.ecslint.rules.lifecycle;

import dev.ecslint.core.aws.AbstractLifecyclePolicyRule;
import dev.ecslint.core.aws.LifecyclePolicy;
import dev.ecslint.core.aws.LifecyclePolicyEvaluation;
import dev.ecslint.core.aws.LifecyclePolicyEvaluation.Shadow;
import dev.ecslint.core.aws.LifecyclePolicyRule;
import dev.ecslint.core.aws.LifecyclePolicySelection;
import dev.ecslint.core.aws.LifecyclePolicyTagFilter.Kind;
import dev.ecslint.core.i18n.Message;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.Located;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import java.util.List;

/**
 * LP007: a lifecycle rule that can never act because higher-priority rules already match every image it
 * selects. The evaluation model, and why a count rule's kept images count as matched, is documented on
 * {@link LifecyclePolicyEvaluation}.
 */
public final class ShadowedRuleRule extends AbstractLifecyclePolicyRule {

    private static final RuleMeta META = RuleMeta.builder("LP007", "shadowed-rule")
            .title("Remove or reorder lifecycle rules that can never act")
            .severity(Severity.WARNING)
            .category(Category.CORRECTNESS)
            .kinds(DocumentKind.LIFECYCLE_POLICY, DocumentKind.CLOUDFORMATION)
            .rationale("ECR applies rules in ascending rulePriority, and an image that matches the tagging "
                    + "requirements of a rule cannot be expired by a lower-priority rule, even when that earlier rule "
                    + "keeps it (a count rule keeps its newest images; later rules may not touch them). A rule whose "
                    + "every possible image is matched earlier (prefix v1 after prefix v; tagPrefixList [\"release\", "
                    + "\"hotfix\"] after [\"release\"]; anything after an any rule) never expires anything, so the "
                    + "retention it promises does not happen.")
            .fix("Give the more specific rule the lower rulePriority (it is evaluated first), or narrow the earlier "
                    + "rule's tag list.")
            .bad("lifecycle-policy.json", """
                    {"rules": [
                      {"rulePriority": 1, "selection": {"tagStatus": "tagged", "tagPrefixList": ["v"],
                        "countType": "imageCountMoreThan", "countNumber": 20}, "action": {"type": "expire"}},
                      {"rulePriority": 2, "selection": {"tagStatus": "tagged", "tagPrefixList": ["v1"],
                        "countType": "imageCountMoreThan", "countNumber": 3}, "action": {"type": "expire"}}]}
                    """)
            .bad("template.yaml", """
                    Resources:
                      Repository:
                        Type: AWS::ECR::Repository
                        Properties:
                          LifecyclePolicy:
                            LifecyclePolicyText: |
                              {"rules": [
                                {"rulePriority": 1, "selection": {"tagStatus": "tagged", "tagPrefixList": ["v"], "countType": "imageCountMoreThan", "countNumber": 10}, "action": {"type": "expire"}},
                                {"rulePriority": 2, "selection": {"tagStatus": "tagged", "tagPrefixList": ["v1"], "countType": "imageCountMoreThan", "countNumber": 20}, "action": {"type": "expire"}},
                                {"rulePriority": 3, "selection": {"tagStatus": "untagged", "countType": "sinceImagePushed", "countUnit": "days", "countNumber": 14}, "action": {"type": "expire"}}]}
                    """)
            .good("lifecycle-policy.json", """
                    {"rules": [
                      {"rulePriority": 1, "selection": {"tagStatus": "tagged", "tagPrefixList": ["v1"],
                        "countType": "imageCountMoreThan", "countNumber": 3}, "action": {"type": "expire"}},
                      {"rulePriority": 2, "selection": {"tagStatus": "tagged", "tagPrefixList": ["v"],
                        "countType": "imageCountMoreThan", "countNumber": 20}, "action": {"type": "expire"}}]}
                    """)
            .references(EcrDocs.LIFECYCLE_EVALUATION, EcrDocs.LIFECYCLE_EXAMPLES)
            .message("shadowed", "{rule} can never expire an image: every image it selects ({selection}) is already "
                    + "matched by {by}; ECR lets no later rule act on an image an earlier rule matched, even one "
                    + "that rule keeps, so give this rule a lower `rulePriority` or narrow the earlier rule")
            .message("shadowing", "{rule}, which selects {selection}")
            .message("and", "{first}, and {rest}")
            .build();

    public ShadowedRuleRule() {
        super(META);
    }

    @Override
    public void check(LifecyclePolicy policy, RuleContext ctx) {
        for (Shadow shadow : LifecyclePolicyEvaluation.shadows(policy)) {
            ctx.report(anchor(shadow.rule()), message(shadow));
        }
    }

    /** The rule's tag list when it has one, else its tagStatus: what selects the images. */
    private static Located anchor(LifecyclePolicyRule rule) {
        for (Kind kind : Kind.values()) {
            if (rule.tagList(kind).isPresent()) {
                return rule.tagList(kind).get();
            }
        }
        return rule.at("selection/tagStatus");
    }

    private static Message message(Shadow shadow) {
        LifecyclePolicySelection mine = shadow.rule().selection().orElseThrow();
        return META.message("shadowed").phrase("rule", shadow.rule().label()).phrase("selection", mine.describe())
                .phrase("by", shadowing(shadow.by()));
    }

    /** "rule 1 (…), which selects …, and rule 2 (…), which selects …". */
    private static Message shadowing(List<LifecyclePolicyRule> rules) {
        LifecyclePolicyRule first = rules.get(0);
        Message one = META.message("shadowing").phrase("rule", first.label())
                .phrase("selection", first.selection().orElseThrow().describe());
        return rules.size() == 1 ? one
                : META.message("and").phrase("first", one).phrase("rest", shadowing(rules.subList(1, rules.size())));
    }
}
