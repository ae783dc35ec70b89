package dev.ecslint.rules.lifecycle;

import dev.ecslint.core.aws.AbstractLifecyclePolicyRule;
import dev.ecslint.core.aws.LifecyclePolicy;
import dev.ecslint.core.aws.LifecyclePolicyRule;
import dev.ecslint.core.aws.LifecyclePolicyRule.TagStatus;
import dev.ecslint.core.aws.LifecyclePolicyTagFilter.Kind;
import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonArray;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import java.util.Optional;

/** LP003: tag lists that do not fit the rule's tagStatus. */
public final class TagFilterMismatchRule extends AbstractLifecyclePolicyRule {

    private static final RuleMeta META = RuleMeta.builder("LP003", "tag-filter-mismatch")
            .title("Give tagged rules exactly one non-empty tag list, other rules none")
            .severity(Severity.ERROR)
            .category(Category.CORRECTNESS)
            .kinds(DocumentKind.LIFECYCLE_POLICY, DocumentKind.CLOUDFORMATION)
            .rationale("ECR requires a tagStatus tagged rule to name its tags with a tagPrefixList or a "
                    + "tagPatternList (one of them), and an untagged or any rule to name none; AWS rejects any other "
                    + "combination, and an empty list selects nothing.")
            .fix("For tagged images add one non-empty list such as \"tagPatternList\": [\"v*\"]; for untagged or any "
                    + "images remove the list.")
            .bad("lifecycle-policy.json", """
                    {"rules": [{"rulePriority": 1, "selection": {"tagStatus": "tagged",
                      "countType": "imageCountMoreThan", "countNumber": 10}, "action": {"type": "expire"}}]}
                    """)
            .bad("template.yaml", """
                    Resources:
                      Repository:
                        Type: AWS::ECR::Repository
                        Properties:
                          LifecyclePolicy:
                            LifecyclePolicyText: |
                              {"rules": [
                                {"rulePriority": 1, "selection": {"tagStatus": "tagged", "countType": "imageCountMoreThan", "countNumber": 10}, "action": {"type": "expire"}}]}
                    """)
            .good("lifecycle-policy.json", """
                    {"rules": [{"rulePriority": 1, "selection": {"tagStatus": "tagged", "tagPatternList": ["v*"],
                      "countType": "imageCountMoreThan", "countNumber": 10}, "action": {"type": "expire"}}]}
                    """)
            .references(EcrDocs.LIFECYCLE_PROPERTIES)
            .message("bothLists", "{rule} gives both a `tagPrefixList` and a `tagPatternList`; ECR accepts only one "
                    + "of them, so keep one list")
            .message("taggedWithoutList", "{rule} selects `tagged` images but names no tags; ECR rejects it without "
                    + "a `tagPatternList` or `tagPrefixList`, so add one such as `\"tagPatternList\": [\"v*\"]` (or "
                    + "use `tagStatus` `any`)")
            .message("listWithoutTags", "{rule} has `tagStatus` {status} but gives a tag list; ECR rejects tag lists "
                    + "on `untagged` and `any` rules, so remove the list or use `tagStatus` `tagged`")
            .message("emptyPrefixList", "{rule} has an empty `tagPrefixList`, which selects no image and which ECR "
                    + "rejects; list at least one tag prefix")
            .message("emptyPatternList", "{rule} has an empty `tagPatternList`, which selects no image and which ECR "
                    + "rejects; list at least one tag pattern")
            .build();

    public TagFilterMismatchRule() {
        super(META);
    }

    @Override
    public void check(LifecyclePolicy policy, RuleContext ctx) {
        for (LifecyclePolicyRule rule : policy.rules()) {
            Optional<JsonValue> prefixes = rule.tagList(Kind.PREFIX);
            Optional<JsonValue> patterns = rule.tagList(Kind.PATTERN);
            Optional<TagStatus> status = rule.tagStatus();
            if (prefixes.isPresent() && patterns.isPresent()) {
                ctx.report(patterns.get(), META.message("bothLists").phrase("rule", rule.label()));
            } else if (status.filter(TagStatus.TAGGED::equals).isPresent() && prefixes.isEmpty() && patterns.isEmpty()) {
                ctx.report(rule.at("selection/tagStatus"), META.message("taggedWithoutList").phrase("rule", rule.label()));
            }
            if (status.isPresent() && status.get() != TagStatus.TAGGED) {
                prefixes.or(() -> patterns).ifPresent(list -> ctx.report(list, META.message("listWithoutTags")
                        .phrase("rule", rule.label()).code("status", status.get().label())));
            }
            for (Kind kind : Kind.values()) {
                rule.tagList(kind).filter(l -> l instanceof JsonArray a && a.items().isEmpty())
                        .ifPresent(list -> ctx.report(list, META.message(kind == Kind.PREFIX ? "emptyPrefixList"
                                : "emptyPatternList").phrase("rule", rule.label())));
            }
        }
    }
}
