package dev.ecslint.rules.dockerfile;

import dev.ecslint.core.dockerfile.AbstractDockerfileRule;
import dev.ecslint.core.dockerfile.Dockerfile;
import dev.ecslint.core.dockerfile.Flag;
import dev.ecslint.core.dockerfile.Instruction;
import dev.ecslint.core.dockerfile.Stage;
import dev.ecslint.core.i18n.Message;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.ImageRef;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import dev.ecslint.core.model.Span;
import java.util.Optional;

/** DF044: files are copied or mounted from an image that is not pinned to a version. */
public final class CopyFromUnpinnedImageRule extends AbstractDockerfileRule {

    private static final RuleMeta META = RuleMeta.builder("DF044", "copy-from-unpinned-image")
            .title("Pin the images that COPY --from and RUN --mount=from read")
            .severity(Severity.WARNING)
            .category(Category.RELIABILITY)
            .kinds(DocumentKind.DOCKERFILE)
            .rationale("`COPY --from=` and `RUN --mount=from=` also take an image instead of a stage. Without a tag, "
                    + "or with `latest`, each build copies from whatever that image is on build day: the files in "
                    + "your image change without a change to the Dockerfile, and an old release cannot be rebuilt. "
                    + "This is the same risk as an unpinned FROM (DF005, DF006), in a place reviews miss.")
            .fix("Pin the image with a version tag or a digest: `COPY --from=hashicorp/terraform:1.9.5 /bin/terraform "
                    + "/usr/local/bin/`, or name a stage that pins it.")
            .bad("Dockerfile", "FROM debian:12-slim\nCOPY --from=hashicorp/terraform /bin/terraform /usr/local/bin/\n")
            .good("Dockerfile", "FROM debian:12-slim\n"
                    + "COPY --from=hashicorp/terraform:1.9.5 /bin/terraform /usr/local/bin/\n")
            .references("https://docs.docker.com/reference/dockerfile/#copy---from",
                    "https://docs.docker.com/reference/dockerfile/#run---mounttypebind",
                    "https://docs.docker.com/build/building/best-practices/#pin-base-image-versions")
            .message("untagged", "{form} reads image {image} without a tag, so each build copies from whatever it is "
                    + "on build day; pin a version such as {pinned} or a digest ({digest})")
            .message("latest", "{form} reads image {image} at `latest`, which moves; pin a version such as {pinned} or "
                    + "a digest ({digest})")
            .message("fixPin", "Pin the image with a version tag or a digest ({pinned}), or name a stage that pins it.")
            .build();

    public CopyFromUnpinnedImageRule() {
        super(META);
    }

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx) {
        // ONBUILD's --from refers to the stages of the build that uses this image: not checked here
        for (Stage stage : dockerfile.stages()) {
            for (Instruction i : stage.instructions()) {
                if (i.is("COPY")) {
                    i.flag("from").filter(Flag::hasValue)
                            .ifPresent(from -> check(dockerfile, stage, from.value(), from.valueSpan(), "COPY --from=", ctx));
                } else if (i.is("RUN")) {
                    for (Flag mount : i.flags("mount")) {
                        String from = mount.option("from");
                        if (from != null && !from.isEmpty()) {
                            check(dockerfile, stage, from, mount.span(), "RUN --mount=from=", ctx);
                        }
                    }
                }
            }
        }
    }

    private static void check(Dockerfile dockerfile, Stage stage, String written, Span at, String form,
                              RuleContext ctx) {
        Optional<String> resolved = dockerfile.resolve(written, stage);
        if (resolved.isEmpty() || resolved.get().isBlank()) {
            return; // unknown, never a violation
        }
        String name = resolved.get().trim();
        // a stage (earlier or not, DF025 reports the wrong ones), or a bare name DF025 already reports
        if (dockerfile.stage(name, dockerfile.stages().size()).isPresent() || !looksLikeImage(name)) {
            return;
        }
        ImageRef ref = ImageRef.parse(name);
        if (ref.hasDigest() || ref.isTemplated()) {
            return;
        }
        Message shown = written.equals(name) ? Message.literal("{image}").code("image", name)
                : Message.literal("{written} ({image})").code("written", written).code("image", name);
        if (!ref.hasTag() || ref.isLatest()) {
            ctx.report(at, null, META.message(ref.hasTag() ? "latest" : "untagged").code("form", form).phrase("image", shown)
                    .code("pinned", ref.name() + ":<version>").code("digest", ref.name() + "@sha256:…"),
                    META.message("fixPin").code("pinned", ref.name() + ":<version>"), null);
        }
    }

    /** An image reference rather than a stage name: it has a registry, a namespace, a tag or a digest. */
    private static boolean looksLikeImage(String name) {
        return name.contains("/") || name.contains(":") || name.contains("@");
    }
}
