package dev.ecslint.rules.repository;

import dev.ecslint.core.aws.AbstractRepositoryRule;
import dev.ecslint.core.aws.Repository;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import dev.ecslint.rules.lifecycle.EcrDocs;
import java.util.Optional;

/** RP002: a repository whose tags can be overwritten. */
public final class MutableTagsRule extends AbstractRepositoryRule {

    private static final RuleMeta META = RuleMeta.builder("RP002", "mutable-tags")
            .title("Make image tags immutable")
            .severity(Severity.WARNING)
            .category(Category.SECURITY)
            .kinds(DocumentKind.REPOSITORY, DocumentKind.CLOUDFORMATION)
            .rationale("With mutable tags a push can silently replace the image behind v1.4.2: tasks started later "
                    + "run different code than the ones already running, rollbacks are not reproducible, and an "
                    + "attacker with push rights can swap a released image. IMMUTABLE makes every tag name one image "
                    + "for good. (IMMUTABLE_WITH_EXCLUSION is accepted: only the tags it deliberately lists, such as "
                    + "latest, can move.)")
            .fix("Set \"imageTagMutability\": \"IMMUTABLE\" and give every build a unique tag (version or commit).")
            .bad("repository.json", """
                    {"repositoryName": "web", "imageScanningConfiguration": {"scanOnPush": true}}
                    """)
            .bad("template.yaml", """
                    Resources:
                      Repository:
                        Type: AWS::ECR::Repository
                        Properties:
                          RepositoryName: web
                          ImageTagMutability: MUTABLE
                    """)
            .good("repository.json", """
                    {"repositoryName": "web", "imageTagMutability": "IMMUTABLE",
                     "imageScanningConfiguration": {"scanOnPush": true}}
                    """)
            .references(EcrDocs.TAG_MUTABILITY, EcrDocs.SECURITY_HUB_ECR)
            .equivalents("AVD-AWS-0031", "CKV_AWS_51", "ECR.2")
            .message("mutableByDefault", "{repository} leaves image tags mutable (the default), so a push can "
                    + "replace the image behind a released tag; set `\"imageTagMutability\": \"IMMUTABLE\"`")
            .message("mutable", "{repository} has {mutability} tags, so a push can replace the image behind a "
                    + "released tag; set `\"imageTagMutability\": \"IMMUTABLE\"`")
            .build();

    public MutableTagsRule() {
        super(META);
    }

    @Override
    public void check(Repository repository, RuleContext ctx) {
        Optional<String> mutability = repository.text("imageTagMutability");
        if (repository.isPublic() || repository.has("imageTagMutability") && mutability.isEmpty()) {
            return; // ECR Public has no such setting; a placeholder is unknown
        }
        if (mutability.isEmpty()) {
            ctx.report(repository.anchor(), META.message("mutableByDefault").phrase("repository", repository.label()));
        } else if (mutability.get().startsWith("MUTABLE")) {
            ctx.report(repository.at("imageTagMutability"), META.message("mutable")
                    .phrase("repository", repository.label()).code("mutability", mutability.get()));
        }
    }
}
