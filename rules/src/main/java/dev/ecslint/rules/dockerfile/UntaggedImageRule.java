package dev.ecslint.rules.dockerfile;

import dev.ecslint.core.dockerfile.AbstractDockerfileRule;
import dev.ecslint.core.dockerfile.Dockerfile;
import dev.ecslint.core.dockerfile.Stage;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.ImageRef;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;

/** DF006: a base image with neither tag nor digest (Docker then pulls {@code latest}). */
public final class UntaggedImageRule extends AbstractDockerfileRule {

    private static final RuleMeta META = RuleMeta.builder("DF006", "untagged-image")
            .title("Tag every base image explicitly")
            .severity(Severity.WARNING)
            .category(Category.RELIABILITY)
            .kinds(DocumentKind.DOCKERFILE)
            .rationale("An image reference without tag or digest means `latest`: whatever the publisher pushed "
                    + "last. Builds stop being reproducible and a new major version can arrive unannounced. "
                    + "References to earlier stages, `scratch`, and images chosen through an ARG whose default is "
                    + "unknown are not checked.")
            .fix("Add a version tag (`FROM python:3.12-slim`) or a digest (`FROM python@sha256:…`).")
            .bad("Dockerfile", "FROM python\nUSER nobody\n")
            .good("Dockerfile", "FROM python:3.12-slim\nUSER nobody\n")
            .references("https://docs.docker.com/reference/dockerfile/#from",
                    "https://docs.docker.com/build/building/best-practices/#pin-base-image-versions")
            .message("fixPin", "Pin a version tag ({pinned}) or a digest ({digest}), and update it on purpose "
                    + "(Dependabot or Renovate can raise the pull requests).")
            .message("untagged", "image {image} has no tag or digest, so Docker pulls whatever `latest` is at build "
                    + "time; pin a version such as {pinned} or a digest")
            .equivalents("DL3006", "DS001", "9efb0b2d-89c9-41a3-91ca-dcc0aec911fd")
            .build();

    public UntaggedImageRule() {
        super(META);
    }

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx) {
        for (Stage stage : dockerfile.stages()) {
            // an unresolved variable is unknown, never untagged
            if (stage.isFromStage() || stage.isScratch() || stage.effectiveImage().isEmpty()) {
                continue;
            }
            String image = stage.effectiveImage().get();
            ImageRef ref = ImageRef.parse(image);
            if (ref.hasTag() || ref.hasDigest()) {
                continue;
            }
            ctx.report(stage.baseImage(), META.message("untagged").phrase("image", ImageShown.of(stage.baseImage(), image))
                    .code("pinned", image + ":<version>"),
                    META.message("fixPin").code("pinned", image + ":<version>").code("digest", image + "@sha256:…"));
        }
    }
}
