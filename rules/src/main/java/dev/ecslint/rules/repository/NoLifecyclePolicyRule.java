package dev.ecslint.rules.repository;

import dev.ecslint.core.aws.CloudFormationResource;
import dev.ecslint.core.model.AbstractRule;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import dev.ecslint.rules.lifecycle.EcrDocs;

/**
 * RP003: a CloudFormation ECR repository without a lifecycle policy. (create-repository input cannot
 * carry one — the policy is a separate API call — so only templates are judged.)
 */
public final class NoLifecyclePolicyRule extends AbstractRule<CloudFormationResource> {

    private static final RuleMeta META = RuleMeta.builder("RP003", "no-lifecycle-policy")
            .title("Give every repository a lifecycle policy")
            .severity(Severity.WARNING)
            .category(Category.EFFICIENCY)
            .kinds(DocumentKind.CLOUDFORMATION)
            .rationale("Without a lifecycle policy ECR never deletes an image: every push is stored and billed "
                    + "forever, and most of the bill is old untagged images no task will ever run again.")
            .fix("Add LifecyclePolicy.LifecyclePolicyText to the repository, for example a rule that expires "
                    + "untagged images after 14 days and one that keeps the last 10 release images.")
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
            .message("noPolicy", "repository resource {resource} has no `LifecyclePolicy`, so ECR keeps every image "
                    + "pushed to it and storage costs grow without bound; add a "
                    + "`LifecyclePolicy.LifecyclePolicyText` that expires untagged images and keeps the last N "
                    + "releases")
            .build();

    public NoLifecyclePolicyRule() {
        super(META, CloudFormationResource.class);
    }

    @Override
    public void check(CloudFormationResource resource, RuleContext ctx) {
        if (resource.is("AWS::ECR::Repository") && resource.property("LifecyclePolicy").isEmpty()) {
            ctx.report(resource.anchor(), META.message("noPolicy").code("resource", resource.logicalId()));
        }
    }
}
