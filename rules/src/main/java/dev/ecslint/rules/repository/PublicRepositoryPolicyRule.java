package dev.ecslint.rules.repository;

import dev.ecslint.core.aws.RepositoryPolicy;
import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.json.JsonValue.JsonString;
import dev.ecslint.core.model.AbstractRule;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import dev.ecslint.rules.lifecycle.EcrDocs;
import java.util.Optional;

/** RP005: a repository policy that lets anyone in. */
public final class PublicRepositoryPolicyRule extends AbstractRule<RepositoryPolicy> {

    private static final RuleMeta META = RuleMeta.builder("RP005", "public-repository-policy")
            .title("Do not grant repository access to every principal")
            .severity(Severity.ERROR)
            .category(Category.SECURITY)
            .kinds(DocumentKind.REPOSITORY, DocumentKind.CLOUDFORMATION)
            .rationale("A repository policy statement that allows Principal \"*\" without a Condition grants its "
                    + "actions to every AWS account in the world: anyone can pull the images (and with push "
                    + "actions, replace them).")
            .fix("Name the accounts or roles in Principal (\"AWS\": \"arn:aws:iam::123456789012:root\"), or add a "
                    + "Condition such as aws:PrincipalOrgID.")
            .bad("repository-policy.json", """
                    {"repositoryName": "web", "policyText": "{\\"Version\\": \\"2012-10-17\\", \\"Statement\\": [{\\"Effect\\": \\"Allow\\", \\"Principal\\": \\"*\\", \\"Action\\": [\\"ecr:BatchGetImage\\"]}]}"}
                    """)
            .bad("template.yaml", """
                    Resources:
                      Repository:
                        Type: AWS::ECR::Repository
                        Properties:
                          RepositoryName: web
                          RepositoryPolicyText:
                            Version: "2012-10-17"
                            Statement:
                              - Effect: Allow
                                Principal: "*"
                                Action: [ecr:BatchGetImage, ecr:GetDownloadUrlForLayer]
                    """)
            .good("repository-policy.json", """
                    {"repositoryName": "web", "policyText": "{\\"Version\\": \\"2012-10-17\\", \\"Statement\\": [{\\"Effect\\": \\"Allow\\", \\"Principal\\": {\\"AWS\\": \\"arn:aws:iam::123456789012:root\\"}, \\"Action\\": [\\"ecr:BatchGetImage\\"]}]}"}
                    """)
            .references(EcrDocs.REPOSITORY_POLICIES)
            .equivalents("AVD-AWS-0032", "CKV_AWS_32")
            .message("everyone", "a statement of the policy of {repository} allows `Principal` `\"*\"` without a "
                    + "`Condition`, so every AWS account can use it; name the accounts or roles, or add a "
                    + "`Condition` such as `aws:PrincipalOrgID`")
            .build();

    public PublicRepositoryPolicyRule() {
        super(META, RepositoryPolicy.class);
    }

    @Override
    public void check(RepositoryPolicy policy, RuleContext ctx) {
        for (JsonObject statement : policy.statements()) {
            boolean allows = "Allow".equals(statement.string("Effect").orElse(""));
            Optional<JsonValue> principal = statement.get("Principal");
            if (allows && principal.isPresent() && isEveryone(principal.get()) && !statement.has("Condition")) {
                ctx.report(principal.get(), META.message("everyone").phrase("repository", policy.repository()));
            }
        }
    }

    /** {@code "*"}, {@code {"AWS": "*"}} or {@code {"AWS": ["*", …]}}. */
    private static boolean isEveryone(JsonValue principal) {
        if (principal instanceof JsonString s) {
            return "*".equals(s.value());
        }
        if (principal instanceof JsonObject o) {
            Optional<JsonValue> aws = o.get("AWS");
            return aws.isPresent() && (aws.get() instanceof JsonString s ? "*".equals(s.value())
                    : aws.get().elements().stream().anyMatch(e -> "*".equals(e.text())));
        }
        return false;
    }
}
