package dev.ecslint.rules.repository;

import dev.ecslint.core.aws.AbstractRepositoryRule;
import dev.ecslint.core.aws.Repository;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import dev.ecslint.rules.lifecycle.EcrDocs;

/** RP006: an ECR Public repository, whose images anyone can pull. */
public final class PublicRepositoryRule extends AbstractRepositoryRule {

    private static final RuleMeta META = RuleMeta.builder("RP006", "public-repository")
            .title("Keep private images out of public repositories")
            .severity(Severity.INFO)
            .category(Category.SECURITY)
            .kinds(DocumentKind.REPOSITORY, DocumentKind.CLOUDFORMATION, DocumentKind.TERRAFORM)
            .rationale("Everything pushed to an ECR Public repository (public.ecr.aws) is world-readable, layers "
                    + "included: configuration files, internal hostnames or a secret baked into a layer are "
                    + "published with it. Public repositories are for images meant to be shared.")
            .fix("Keep application and internal images in a private ECR repository; publish only images built for "
                    + "the public.")
            .bad("repository.json", """
                    {"repositoryName": "web", "catalogData": {"description": "Our web front end"}}
                    """)
            .bad("template.yaml", """
                    Resources:
                      Repository:
                        Type: AWS::ECR::PublicRepository
                        Properties:
                          RepositoryName: tools
                    """)
            .bad("main.tf", """
                    resource "aws_ecrpublic_repository" "tools" {
                      repository_name = "tools"
                    }
                    """)
            .good("repository.json", """
                    {"repositoryName": "web", "imageTagMutability": "IMMUTABLE",
                     "imageScanningConfiguration": {"scanOnPush": true}}
                    """)
            .references(EcrDocs.PUBLIC_REPOSITORIES)
            .message("public", "{repository} is an ECR Public repository, so every image pushed to it (every layer) "
                    + "is world-readable; keep private or internal images in a private repository")
            .build();

    public PublicRepositoryRule() {
        super(META);
    }

    @Override
    public void check(Repository repository, RuleContext ctx) {
        if (repository.isPublic()) {
            ctx.report(repository.publicEvidence(), META.message("public").phrase("repository", repository.label()));
        }
    }
}
