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

/** DF005: a base image pinned to the moving {@code latest} tag. */
public final class LatestTagRule extends AbstractDockerfileRule {

    private static final RuleMeta META = RuleMeta.builder("DF005", "latest-tag")
            .title("Do not build FROM an image tagged latest")
            .severity(Severity.WARNING)
            .category(Category.RELIABILITY)
            .kinds(DocumentKind.DOCKERFILE)
            .rationale("`latest` is just the tag a publisher moved most recently: two builds of the same "
                    + "Dockerfile can get different base images, so a build that passed yesterday breaks today, "
                    + "and an old release cannot be rebuilt. A digest (`@sha256:…`) pins the exact image.")
            .fix("Pin a version tag (`node:20.11-alpine`) or a digest (`node@sha256:…`), and update it on purpose "
                    + "(Dependabot or Renovate can raise the pull requests).")
            .bad("Dockerfile", "FROM node:latest\nUSER node\n")
            .good("Dockerfile", "FROM node:20.11-alpine\nUSER node\n")
            .references("https://docs.docker.com/reference/dockerfile/#from",
                    "https://docs.docker.com/build/building/best-practices/#pin-base-image-versions")
            .message("fixPin", "Pin a version tag ({pinned}) or a digest ({digest}), and update it on purpose "
                    + "(Dependabot or Renovate can raise the pull requests).")
            .message("latest", "image {image} uses the `latest` tag, so each build may get a different base and "
                    + "cannot be reproduced; pin a version such as {pinned} or a digest ({digest})")
            .equivalents("DL3007", "DS001", "CKV_DOCKER_7", "f45ea400-6bbe-4501-9fc7-1c3d75c32067")
            .build();

    public LatestTagRule() {
        super(META);
    }

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx) {
        for (Stage stage : dockerfile.stages()) {
            if (stage.isFromStage() || stage.effectiveImage().isEmpty()) {
                continue;
            }
            String image = stage.effectiveImage().get();
            ImageRef ref = ImageRef.parse(image);
            if (!ref.isLatest() || ref.hasDigest()) {
                continue;
            }
            ctx.report(stage.baseImage(), META.message("latest").phrase("image", ImageShown.of(stage.baseImage(), image))
                    .code("pinned", ref.name() + ":<version>").code("digest", ref.name() + "@sha256:…"),
                    META.message("fixPin").code("pinned", ref.name() + ":<version>").code("digest", ref.name() + "@sha256:…"));
        }
    }
}
