package dev.ecslint.rules.lifecycle;

import dev.ecslint.core.aws.AbstractLifecyclePolicyRule;
import dev.ecslint.core.aws.LifecyclePolicy;
import dev.ecslint.core.aws.LifecyclePolicyEvaluation;
import dev.ecslint.core.aws.LifecyclePolicyEvaluation.Shadow;
import dev.ecslint.core.aws.LifecyclePolicyRule;
import dev.ecslint.core.aws.LifecyclePolicySelection;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;

/** LP011: two tagged rules with the same tag list. */
public final class DuplicateTagSelectionRule extends AbstractLifecyclePolicyRule {

    private static final RuleMeta META = RuleMeta.builder("LP011", "duplicate-tag-selection")
            .title("Give each tagged lifecycle rule its own tag list")
            .severity(Severity.ERROR)
            .category(Category.CORRECTNESS)
            .kinds(DocumentKind.LIFECYCLE_POLICY, DocumentKind.CLOUDFORMATION)
            .rationale("\"The set of rules must contain a unique set of tag prefixes\" (ECR lifecycle policy "
                    + "evaluation rules): AWS rejects two tagged rules with the same tagPrefixList or tagPatternList "
                    + "(in any order). Were it accepted, the second rule could never act. A rule on archived images "
                    + "may repeat a standard rule's list: it selects other images.")
            .fix("Merge the two rules into one, or change one list so that the rules select different tags.")
            .bad("lifecycle-policy.json", """
                    {"rules": [
                      {"rulePriority": 1, "selection": {"tagStatus": "tagged", "tagPrefixList": ["prod"],
                        "countType": "imageCountMoreThan", "countNumber": 10}, "action": {"type": "expire"}},
                      {"rulePriority": 2, "selection": {"tagStatus": "tagged", "tagPrefixList": ["prod"],
                        "countType": "sinceImagePushed", "countUnit": "days", "countNumber": 90},
                        "action": {"type": "expire"}}]}
                    """)
            .bad("template.yaml", """
                    Resources:
                      Repository:
                        Type: AWS::ECR::Repository
                        Properties:
                          LifecyclePolicy:
                            LifecyclePolicyText: |
                              {"rules": [
                                {"rulePriority": 1, "selection": {"tagStatus": "tagged", "tagPrefixList": ["prod"], "countType": "imageCountMoreThan", "countNumber": 10}, "action": {"type": "expire"}},
                                {"rulePriority": 2, "selection": {"tagStatus": "tagged", "tagPrefixList": ["prod"], "countType": "sinceImagePushed", "countUnit": "days", "countNumber": 30}, "action": {"type": "expire"}},
                                {"rulePriority": 3, "selection": {"tagStatus": "untagged", "countType": "sinceImagePushed", "countUnit": "days", "countNumber": 14}, "action": {"type": "expire"}}]}
                    """)
            .good("lifecycle-policy.json", """
                    {"rules": [
                      {"rulePriority": 1, "selection": {"tagStatus": "tagged", "tagPrefixList": ["prod"],
                        "countType": "imageCountMoreThan", "countNumber": 10}, "action": {"type": "expire"}},
                      {"rulePriority": 2, "selection": {"tagStatus": "tagged", "tagPrefixList": ["dev"],
                        "countType": "sinceImagePushed", "countUnit": "days", "countNumber": 90},
                        "action": {"type": "expire"}}]}
                    """)
            .references(EcrDocs.LIFECYCLE_EVALUATION)
            .message("sameTags", "{rule} selects the same tags as {earlier} ({filter}); ECR requires every rule's "
                    + "tag list to be unique, so merge the two rules or change one list")
            .build();

    public DuplicateTagSelectionRule() {
        super(META);
    }

    @Override
    public void check(LifecyclePolicy policy, RuleContext ctx) {
        for (Shadow repeat : LifecyclePolicyEvaluation.repeatedTagLists(policy)) {
            LifecyclePolicyRule rule = repeat.rule();
            LifecyclePolicySelection mine = rule.selection().orElseThrow();
            ctx.report(rule.tagList(mine.filter().kind()).orElseThrow(), META.message("sameTags")
                    .phrase("rule", rule.label()).phrase("earlier", repeat.by().get(0).label())
                    .code("filter", mine.filter().describe()));
        }
    }
}
