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
import dev.ecslint.core.model.TrustedRegistries;

/** DF032: a base image from a registry outside {@code trustedRegistries}. */
public final class UntrustedRegistryRule extends AbstractDockerfileRule {

    private static final RuleMeta META = RuleMeta.builder("DF032", "untrusted-registry")
            .title("Pull base images only from trusted registries")
            .severity(Severity.WARNING)
            .category(Category.SECURITY)
            .kinds(DocumentKind.DOCKERFILE)
            .rationale("When a team sets `trustedRegistries`, base images must come from those registries (for "
                    + "example a private ECR with scanning and a pull-through cache): an image from anywhere else "
                    + "bypasses that review and can change or vanish upstream. Only active when "
                    + "`trustedRegistries` is set; the examples assume `trustedRegistries: "
                    + "[\"123456789012.dkr.ecr.*.amazonaws.com\", \"public.ecr.aws/myorg\"]`.")
            .fix("Pull the image through a trusted registry (an ECR pull-through cache rule or a mirrored "
                    + "repository), or add its registry to `trustedRegistries` after review.")
            .bad("Dockerfile", "FROM quay.io/prometheus/busybox:latest\n")
            .good("Dockerfile", "FROM 123456789012.dkr.ecr.eu-west-1.amazonaws.com/base/node:20-slim\n")
            .references("https://docs.aws.amazon.com/AmazonECR/latest/userguide/pull-through-cache.html",
                    "https://docs.docker.com/reference/dockerfile/#from")
            .message("untrusted", "image {image} comes from {registry}, which is not in trustedRegistries ({trusted}); "
                    + "pull it through a trusted registry (e.g. an ECR pull-through cache) or add the registry to "
                    + "trustedRegistries after review")
            .equivalents("DL3026")
            .build();

    public UntrustedRegistryRule() {
        super(META);
    }

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx) {
        TrustedRegistries trusted = new TrustedRegistries(ctx.settings().trustedRegistries());
        if (trusted.isEmpty()) {
            return;
        }
        for (Stage stage : dockerfile.stages()) {
            if (stage.isFromStage() || stage.isScratch() || stage.effectiveImage().isEmpty()) {
                continue;
            }
            ImageRef image = ImageRef.parse(stage.effectiveImage().get());
            if (image.isTemplated() || trusted.trusts(image)) {
                continue;
            }
            ctx.report(stage.baseImage(), META.message("untrusted").code("image", image.text())
                    .verbatim("registry", TrustedRegistries.registryOf(image))
                    .codes("trusted", ctx.settings().trustedRegistries()));
        }
    }
}
