package dev.ecslint.rules.lifecycle;

import dev.ecslint.core.aws.AbstractLifecyclePolicyRule;
import dev.ecslint.core.aws.LifecyclePolicy;
import dev.ecslint.core.aws.LifecyclePolicyRule;
import dev.ecslint.core.aws.LifecyclePolicyTagFilter;
import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonString;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import java.util.List;

/** LP005: a tag pattern with more wildcards than ECR allows. */
public final class TooManyWildcardsRule extends AbstractLifecyclePolicyRule {

    /** "There is a maximum limit of four wildcards (*) per string" (lifecycle policy properties, tagPatternList). */
    private static final int MAX_WILDCARDS = 4;

    private static final RuleMeta META = RuleMeta.builder("LP005", "too-many-wildcards")
            .title("Use at most four wildcards in a tag pattern")
            .severity(Severity.ERROR)
            .category(Category.CORRECTNESS)
            .kinds(DocumentKind.LIFECYCLE_POLICY, DocumentKind.CLOUDFORMATION)
            .rationale("ECR allows at most four * wildcards in each tagPatternList entry and rejects the policy "
                    + "otherwise.")
            .fix("Simplify the pattern: consecutive or redundant wildcards can usually be merged (\"v*-*-*-*-*\" "
                    + "selects the same tags as \"v*-*\" for most tagging schemes).")
            .bad("lifecycle-policy.json", """
                    {"rules": [{"rulePriority": 1, "selection": {"tagStatus": "tagged",
                      "tagPatternList": ["*test*1*2*3*"], "countType": "imageCountMoreThan", "countNumber": 5},
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
                                {"rulePriority": 1, "selection": {"tagStatus": "untagged", "countType": "sinceImagePushed", "countUnit": "days", "countNumber": 14}, "action": {"type": "expire"}},
                                {"rulePriority": 2, "selection": {"tagStatus": "tagged", "tagPatternList": ["*-*-*-*-*-*"], "countType": "imageCountMoreThan", "countNumber": 10}, "action": {"type": "expire"}}]}
                    """)
            .good("lifecycle-policy.json", """
                    {"rules": [{"rulePriority": 1, "selection": {"tagStatus": "tagged",
                      "tagPatternList": ["*test*1*2*3"], "countType": "imageCountMoreThan", "countNumber": 5},
                      "action": {"type": "expire"}}]}
                    """)
            .references(EcrDocs.LIFECYCLE_PROPERTIES)
            .message("tooMany", "{rule} has the tag pattern {pattern} with {count} wildcards; ECR allows at most "
                    + "{max} per pattern, so merge or drop some `*`")
            .build();

    public TooManyWildcardsRule() {
        super(META);
    }

    @Override
    public void check(LifecyclePolicy policy, RuleContext ctx) {
        for (LifecyclePolicyRule rule : policy.rules()) {
            for (JsonValue entry : rule.value("selection/tagPatternList").map(JsonValue::elements).orElse(List.of())) {
                if (entry instanceof JsonString pattern) {
                    int wildcards = LifecyclePolicyTagFilter.wildcards(pattern.value());
                    if (wildcards > MAX_WILDCARDS) {
                        ctx.report(entry, META.message("tooMany").phrase("rule", rule.label())
                                .code("pattern", pattern.value()).number("count", wildcards).number("max", MAX_WILDCARDS));
                    }
                }
            }
        }
    }
}
