package dev.ecslint.rules.lifecycle;

import dev.ecslint.core.aws.AbstractLifecyclePolicyRule;
import dev.ecslint.core.aws.LifecyclePolicy;
import dev.ecslint.core.aws.LifecyclePolicyRule;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import java.util.Optional;
import java.util.Set;

/** LP004: count type, unit, number and storage classes that do not fit together. */
public final class CountUnitMismatchRule extends AbstractLifecyclePolicyRule {

    private static final Set<String> AGE_BASED = Set.of("sinceImagePushed", "sinceImagePulled", "sinceImageTransitioned");

    private static final RuleMeta META = RuleMeta.builder("LP004", "count-unit-mismatch")
            .title("Match countUnit, countNumber and storage class to the count type")
            .severity(Severity.ERROR)
            .category(Category.CORRECTNESS)
            .kinds(DocumentKind.LIFECYCLE_POLICY, DocumentKind.CLOUDFORMATION)
            .rationale("ECR rejects a lifecycle rule whose parts do not fit together: an age-based count type "
                    + "(sinceImagePushed, sinceImagePulled, sinceImageTransitioned) needs \"countUnit\": \"days\", "
                    + "imageCountMoreThan takes no countUnit, countNumber must be a positive integer, "
                    + "sinceImageTransitioned counts archived images so it needs \"storageClass\": \"archive\" "
                    + "(and only it may select archived images), and a transition action needs "
                    + "\"targetStorageClass\": \"archive\".")
            .fix("Use \"countUnit\": \"days\" with age-based count types and no countUnit with imageCountMoreThan; "
                    + "set countNumber to 1 or more; pair sinceImageTransitioned with \"storageClass\": \"archive\" and "
                    + "transition actions with \"targetStorageClass\": \"archive\".")
            .bad("lifecycle-policy.json", """
                    {"rules": [{"rulePriority": 1, "selection": {"tagStatus": "untagged",
                      "countType": "sinceImagePushed", "countNumber": 14}, "action": {"type": "expire"}}]}
                    """)
            .bad("template.yaml", """
                    Resources:
                      Repository:
                        Type: AWS::ECR::Repository
                        Properties:
                          LifecyclePolicy:
                            LifecyclePolicyText: |
                              {"rules": [
                                {"rulePriority": 1, "selection": {"tagStatus": "untagged", "countType": "sinceImagePushed", "countNumber": 14}, "action": {"type": "expire"}}]}
                    """)
            .good("lifecycle-policy.json", """
                    {"rules": [{"rulePriority": 1, "selection": {"tagStatus": "untagged",
                      "countType": "sinceImagePushed", "countUnit": "days", "countNumber": 14},
                      "action": {"type": "expire"}}]}
                    """)
            .references(EcrDocs.LIFECYCLE_PROPERTIES)
            .message("countNumber", "{rule} has `countNumber` {number}; ECR accepts only positive integers, so use 1 "
                    + "or more")
            .message("noUnit", "{rule} counts days ({type}) but has no `countUnit`; ECR rejects it, so add "
                    + "`\"countUnit\": \"days\"`")
            .message("wrongUnit", "{rule} has `countUnit` {unit}; the only unit ECR accepts is `days`")
            .message("unitOnCount", "{rule} counts images (`imageCountMoreThan`) but gives a `countUnit`; ECR "
                    + "rejects a unit on a count rule, so remove `countUnit`")
            .message("transitionedNotArchived", "{rule} counts days since images were archived "
                    + "(`sinceImageTransitioned`) but selects {storage} images; ECR rejects it, so add "
                    + "`\"storageClass\": \"archive\"`")
            .message("archivedWrongType", "{rule} selects archived images with {type}; ECR accepts only "
                    + "`sinceImageTransitioned` for `archive`, so use it or select `standard` images")
            .message("transitionTarget", "{rule} transitions images to {target}; ECR rejects it, so set "
                    + "`\"targetStorageClass\": \"archive\"` (the only target)")
            .message("transitionNoTarget", "{rule} transitions images but names no `targetStorageClass`; ECR rejects "
                    + "it, so add `\"targetStorageClass\": \"archive\"` (the only target)")
            .build();

    public CountUnitMismatchRule() {
        super(META);
    }

    @Override
    public void check(LifecyclePolicy policy, RuleContext ctx) {
        for (LifecyclePolicyRule rule : policy.rules()) {
            checkUnit(rule, ctx);
            rule.countNumber().stream().filter(n -> n < 1).forEach(n -> ctx.report(rule.at("selection/countNumber"),
                    META.message("countNumber").phrase("rule", rule.label()).number("number", n)));
            checkStorageClass(rule, ctx);
            checkTransition(rule, ctx);
        }
    }

    private static void checkUnit(LifecyclePolicyRule rule, RuleContext ctx) {
        Optional<String> type = rule.countType();
        if (type.isEmpty()) {
            return;
        }
        boolean hasUnit = rule.has("selection/countUnit");
        if (AGE_BASED.contains(type.get())) {
            if (!hasUnit) {
                ctx.report(rule.at("selection/countType"), META.message("noUnit").phrase("rule", rule.label())
                        .code("type", type.get()));
            } else {
                rule.text("selection/countUnit").filter(unit -> !"days".equals(unit)).ifPresent(unit -> ctx.report(
                        rule.at("selection/countUnit"), META.message("wrongUnit").phrase("rule", rule.label())
                                .code("unit", unit)));
            }
        } else if ("imageCountMoreThan".equals(type.get()) && hasUnit) {
            ctx.report(rule.at("selection/countUnit"), META.message("unitOnCount").phrase("rule", rule.label()));
        }
    }

    private static void checkStorageClass(LifecyclePolicyRule rule, RuleContext ctx) {
        Optional<String> type = rule.countType();
        Optional<String> storage = rule.storageClass();
        if (type.isEmpty() || storage.isEmpty()) {
            return;
        }
        boolean archive = LifecyclePolicyRule.ARCHIVE.equals(storage.get());
        if ("sinceImageTransitioned".equals(type.get()) && !archive) {
            ctx.report(rule.at(rule.has("selection/storageClass") ? "selection/storageClass" : "selection/countType"),
                    META.message("transitionedNotArchived").phrase("rule", rule.label()).code("storage", storage.get()));
        } else if (!"sinceImageTransitioned".equals(type.get()) && archive) {
            ctx.report(rule.at("selection/storageClass"), META.message("archivedWrongType")
                    .phrase("rule", rule.label()).code("type", type.get()));
        }
    }

    private static void checkTransition(LifecyclePolicyRule rule, RuleContext ctx) {
        if (rule.actionType().filter("transition"::equals).isEmpty()) {
            return;
        }
        Optional<String> target = rule.text("action/targetStorageClass");
        if (rule.has("action/targetStorageClass") && target.isEmpty()) {
            return; // a placeholder
        }
        if (target.filter(LifecyclePolicyRule.ARCHIVE::equals).isEmpty()) {
            ctx.report(rule.has("action/targetStorageClass") ? rule.at("action/targetStorageClass")
                    : rule.at("action/type"), target.map(t -> META.message("transitionTarget").code("target", t))
                    .orElse(META.message("transitionNoTarget")).phrase("rule", rule.label()));
        }
    }
}
