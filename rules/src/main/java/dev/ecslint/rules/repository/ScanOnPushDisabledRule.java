package dev.ecslint.rules.repository;

import dev.ecslint.core.aws.AbstractRepositoryRule;
import dev.ecslint.core.aws.Repository;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import dev.ecslint.rules.lifecycle.EcrDocs;

/** RP001: a private repository that does not scan images when they are pushed. */
public final class ScanOnPushDisabledRule extends AbstractRepositoryRule {

    private static final String SCAN = "imageScanningConfiguration/scanOnPush";

    private static final RuleMeta META = RuleMeta.builder("RP001", "scan-on-push-disabled")
            .title("Scan images for vulnerabilities when they are pushed")
            .severity(Severity.WARNING)
            .category(Category.SECURITY)
            .kinds(DocumentKind.REPOSITORY, DocumentKind.CLOUDFORMATION)
            .rationale("With scanOnPush ECR checks every new image for known vulnerabilities (CVEs) as it arrives, "
                    + "so a vulnerable base image is noticed before it is deployed. It is off unless the repository "
                    + "(or the registry's scanning configuration) turns it on.")
            .fix("Set \"imageScanningConfiguration\": {\"scanOnPush\": true} (or configure enhanced scanning for the "
                    + "registry).")
            .bad("repository.json", """
                    {"repositoryName": "web", "imageTagMutability": "IMMUTABLE"}
                    """)
            .bad("template.yaml", """
                    Resources:
                      Repository:
                        Type: AWS::ECR::Repository
                        Properties:
                          RepositoryName: web
                          ImageScanningConfiguration: {ScanOnPush: false}
                    """)
            .good("repository.json", """
                    {"repositoryName": "web", "imageTagMutability": "IMMUTABLE",
                     "imageScanningConfiguration": {"scanOnPush": true}}
                    """)
            .references(EcrDocs.IMAGE_SCANNING, EcrDocs.SECURITY_HUB_ECR)
            .equivalents("AVD-AWS-0030", "CKV_AWS_163", "ECR.1")
            .message("noScan", "{repository} does not scan images on push, so images with known vulnerabilities are "
                    + "deployed unnoticed; set `\"imageScanningConfiguration\": {\"scanOnPush\": true}`")
            .build();

    public ScanOnPushDisabledRule() {
        super(META);
    }

    @Override
    public void check(Repository repository, RuleContext ctx) {
        if (repository.isPublic() || repository.has(SCAN) && repository.bool(SCAN).isEmpty()) {
            return; // ECR Public does not scan; a non-boolean value is the schema check's (or a placeholder)
        }
        if (!repository.bool(SCAN).orElse(false)) {
            ctx.report(repository.has(SCAN) ? repository.at(SCAN) : repository.anchor(),
                    META.message("noScan").phrase("repository", repository.label()));
        }
    }
}
