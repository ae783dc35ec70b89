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

/** RP004: a repository encrypted with AWS-owned keys rather than KMS. */
public final class NoKmsEncryptionRule extends AbstractRepositoryRule {

    private static final String TYPE = "encryptionConfiguration/encryptionType";

    private static final RuleMeta META = RuleMeta.builder("RP004", "no-kms-encryption")
            .title("Encrypt repositories with a KMS key")
            .severity(Severity.INFO)
            .category(Category.SECURITY)
            .kinds(DocumentKind.REPOSITORY, DocumentKind.CLOUDFORMATION)
            .rationale("ECR always encrypts images, by default with AES-256 keys that AWS owns and you cannot audit "
                    + "or revoke. KMS encryption records every use of the key in CloudTrail and lets you cut off "
                    + "access by disabling it; compliance regimes often require it. It can only be chosen when the "
                    + "repository is created.")
            .fix("Create the repository with \"encryptionConfiguration\": {\"encryptionType\": \"KMS\"} (optionally "
                    + "with your own kmsKey).")
            .bad("repository.json", """
                    {"repositoryName": "web", "encryptionConfiguration": {"encryptionType": "AES256"}}
                    """)
            .bad("template.yaml", """
                    Resources:
                      Repository:
                        Type: AWS::ECR::Repository
                        Properties:
                          RepositoryName: web
                          EncryptionConfiguration: {EncryptionType: AES256}
                    """)
            .good("repository.json", """
                    {"repositoryName": "web", "encryptionConfiguration": {"encryptionType": "KMS"}}
                    """)
            .references(EcrDocs.ENCRYPTION, EcrDocs.SECURITY_HUB_ECR)
            .equivalents("AVD-AWS-0033", "CKV_AWS_136", "ECR.5")
            .message("defaultEncryption", "{repository} uses the default `AES256` encryption with keys AWS owns, so "
                    + "key use is not audited or revocable; create it with `\"encryptionType\": \"KMS\"`")
            .message("awsOwnedKeys", "{repository} is encrypted with {type} (keys AWS owns), so key use is not "
                    + "audited or revocable; create it with `\"encryptionType\": \"KMS\"`")
            .build();

    public NoKmsEncryptionRule() {
        super(META);
    }

    @Override
    public void check(Repository repository, RuleContext ctx) {
        Optional<String> type = repository.text(TYPE);
        if (repository.isPublic() || repository.has(TYPE) && type.isEmpty()) {
            return; // ECR Public has no such setting; a placeholder is unknown
        }
        if (type.isEmpty()) {
            ctx.report(repository.has("encryptionConfiguration") ? repository.at("encryptionConfiguration")
                    : repository.anchor(), META.message("defaultEncryption").phrase("repository", repository.label()));
        } else if (!type.get().startsWith("KMS")) {
            ctx.report(repository.at(TYPE), META.message("awsOwnedKeys").phrase("repository", repository.label())
                    .code("type", type.get()));
        }
    }
}
