package dev.ecslint.rules.repository;

import dev.ecslint.core.aws.AbstractRepositoryRule;
import dev.ecslint.core.aws.Repository;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import dev.ecslint.rules.lifecycle.EcrDocs;

/**
 * RP003: a repository that infrastructure code declares without a lifecycle policy. (create-repository input
 * cannot carry one — the policy is a separate API call — so only declarations are judged; ECR Public has no
 * lifecycle policies.)
 */
public final class NoLifecyclePolicyRule extends AbstractRepositoryRule {

    private static final RuleMeta META = RuleMeta.builder("RP003", "no-lifecycle-policy")
            .title("Give every repository a lifecycle policy")
            .severity(Severity.WARNING)
            .category(Category.EFFICIENCY)
            .kinds(DocumentKind.CLOUDFORMATION)
            .rationale("Without a lifecycle policy ECR never deletes an image: every push is stored and billed "
                    + "forever, and most of the bill is old untagged images no task will ever run again.")
            .fix("Give the repository a lifecycle policy (CloudFormation: LifecyclePolicy.LifecyclePolicyText), for "
                    + "example a rule that expires untagged images after 14 days and one that keeps the last 10 "
                    + "release images.")
            .bad("template.yaml", """
                    Resources:
                      WebRepository:
                        Type: AWS::ECR::Repository
                        Properties:
                          RepositoryName: web
                    """)
            .good("template.yaml", """
                    Resources:
                      WebRepository:
                        Type: AWS::ECR::Repository
                        Properties:
                          RepositoryName: web
                          LifecyclePolicy:
                            LifecyclePolicyText: |
                              {"rules": [{"rulePriority": 1, "selection": {"tagStatus": "untagged",
                                "countType": "sinceImagePushed", "countUnit": "days", "countNumber": 14},
                                "action": {"type": "expire"}}]}
                    """)
            .references(EcrDocs.LIFECYCLE_POLICIES,
                    "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ecr-repository.html")
            .equivalents("ECR.3")
            .message("noPolicy", "{repository} has no lifecycle policy, so ECR keeps every image pushed to it and "
                    + "storage costs grow without bound; add one that expires untagged images and keeps the last N "
                    + "releases")
            .build();

    public NoLifecyclePolicyRule() {
        super(META);
    }

    @Override
    public void check(Repository repository, RuleContext ctx) {
        boolean none = repository.declaration().filter(d -> !d.isPublic() && d.lifecyclePolicy().isEmpty()).isPresent();
        if (none) {
            ctx.report(repository.anchor(), META.message("noPolicy").phrase("repository", repository.label()));
        }
    }
}
