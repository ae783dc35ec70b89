package dev.ecslint.rules.dockerfile;

import dev.ecslint.core.dockerfile.AbstractDockerfileRule;
import dev.ecslint.core.dockerfile.Dockerfile;
import dev.ecslint.core.dockerfile.Instruction;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;

/** DF021: the deprecated MAINTAINER instruction. */
public final class MaintainerDeprecatedRule extends AbstractDockerfileRule {

    private static final RuleMeta META = RuleMeta.builder("DF021", "maintainer-deprecated")
            .title("Replace the deprecated MAINTAINER with a LABEL")
            .severity(Severity.STYLE)
            .category(Category.MAINTAINABILITY)
            .kinds(DocumentKind.DOCKERFILE)
            .rationale("MAINTAINER has been deprecated since Docker 1.13. A LABEL carries the same information in "
                    + "the standard OCI key that registries, scanners and `docker inspect` understand.")
            .fix("Write `LABEL org.opencontainers.image.authors=\"team@example.com\"` instead.")
            .bad("Dockerfile", "FROM alpine:3.20\nMAINTAINER team@example.com\n")
            .good("Dockerfile", "FROM alpine:3.20\nLABEL org.opencontainers.image.authors=\"team@example.com\"\n")
            .references("https://docs.docker.com/reference/dockerfile/#maintainer-deprecated",
                    "https://github.com/opencontainers/image-spec/blob/main/annotations.md")
            .message("maintainer", "MAINTAINER is deprecated; write {label} instead")
            .equivalents("DL4000", "DS022", "CKV_DOCKER_6", "99614418-f82b-4852-a9ae-5051402b741c")
            .build();

    public MaintainerDeprecatedRule() {
        super(META);
    }

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx) {
        for (Instruction maintainer : Instructions.withTriggers(dockerfile, "MAINTAINER")) {
            String who = maintainer.argumentText().value().trim().replace("\"", "\\\"");
            ctx.report(maintainer.keywordSpan(), null, META.message("maintainer")
                    .code("label", "LABEL org.opencontainers.image.authors=\"" + who + "\""));
        }
    }
}
