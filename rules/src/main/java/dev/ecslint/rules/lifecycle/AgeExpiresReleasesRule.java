package dev.ecslint.rules.lifecycle;

import dev.ecslint.core.aws.AbstractLifecyclePolicyRule;
import dev.ecslint.core.aws.LifecyclePolicy;
import dev.ecslint.core.aws.LifecyclePolicyRule;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;

/** LP009: tagged images expired by age, which can delete the image a service still runs. */
public final class AgeExpiresReleasesRule extends AbstractLifecyclePolicyRule {

    private static final RuleMeta META = RuleMeta.builder("LP009", "age-expires-releases")
            .title("Expire release images by count, not by age")
            .severity(Severity.INFO)
            .category(Category.RELIABILITY)
            .kinds(DocumentKind.LIFECYCLE_POLICY, DocumentKind.CLOUDFORMATION)
            .rationale("sinceImagePushed expires an image once it is old, whether or not it is still deployed: a "
                    + "service that has not been released for a while then runs an image that no longer exists, "
                    + "and the next scale-out or task replacement fails to pull it. Counting images keeps the "
                    + "newest ones however old they are.")
            .fix("For tagged images use \"countType\": \"imageCountMoreThan\" (keep the last N releases); keep "
                    + "sinceImagePushed for untagged images.")
            .bad("lifecycle-policy.json", """
                    {"rules": [{"rulePriority": 1, "selection": {"tagStatus": "tagged", "tagPatternList": ["v*"],
                      "countType": "sinceImagePushed", "countUnit": "days", "countNumber": 30},
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
                                {"rulePriority": 2, "selection": {"tagStatus": "tagged", "tagPrefixList": ["release"], "countType": "sinceImagePushed", "countUnit": "days", "countNumber": 90}, "action": {"type": "expire"}}]}
                    """)
            .good("lifecycle-policy.json", """
                    {"rules": [{"rulePriority": 1, "selection": {"tagStatus": "tagged", "tagPatternList": ["v*"],
                      "countType": "imageCountMoreThan", "countNumber": 10}, "action": {"type": "expire"}}]}
                    """)
            .references(EcrDocs.LIFECYCLE_PROPERTIES)
            .message("byAge", "{rule} expires {status} images by age, which can delete the image a running service "
                    + "still uses; prefer `imageCountMoreThan` to keep the last N releases")
            .build();

    public AgeExpiresReleasesRule() {
        super(META);
    }

    @Override
    public void check(LifecyclePolicy policy, RuleContext ctx) {
        for (LifecyclePolicyRule rule : policy.rules()) {
            boolean tagged = rule.selectsTaggedImages();
            if (tagged && rule.expires() && rule.countType().filter("sinceImagePushed"::equals).isPresent()) {
                ctx.report(rule.at("selection/countType"), META.message("byAge").phrase("rule", rule.label())
                        .code("status", rule.tagStatus().get().label()));
            }
        }
    }
}
