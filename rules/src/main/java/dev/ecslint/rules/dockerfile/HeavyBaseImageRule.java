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
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** DF033: the final image is a full distribution or language image where a small variant exists. */
public final class HeavyBaseImageRule extends AbstractDockerfileRule {

    private static final RuleMeta META = RuleMeta.builder("DF033", "heavy-base-image")
            .title("Use a slim, alpine or distroless base for the final image")
            .severity(Severity.INFO)
            .category(Category.EFFICIENCY)
            .kinds(DocumentKind.DOCKERFILE)
            .rationale("Full `node`, `python`, `openjdk`, `debian` or `ubuntu` images carry compilers, shells and "
                    + "hundreds of packages the application never uses: a larger download on every ECS task "
                    + "start, more storage in ECR, and more vulnerabilities to patch.")
            .fix("Run on the `-slim` or `-alpine` variant of the same version, or a distroless image, and keep "
                    + "build tools in an earlier stage.")
            .bad("Dockerfile", "FROM python:3.12\nCOPY app.py /app/\nCMD [\"python\", \"/app/app.py\"]\n")
            .good("Dockerfile", "FROM python:3.12-slim\nCOPY app.py /app/\nCMD [\"python\", \"/app/app.py\"]\n")
            .references("https://docs.docker.com/build/building/best-practices/#choose-the-right-base-image",
                    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/container-considerations.html")
            .build();

    public HeavyBaseImageRule() {
        super(META);
    }

    /** Official images that publish {@code -slim} and/or {@code -alpine} variants. */
    private static final Set<String> LANGUAGE_IMAGES = Set.of("node", "python", "ruby", "perl", "php", "golang",
            "rust", "openjdk");
    private static final Set<String> DISTRIBUTIONS = Set.of("debian", "ubuntu");
    private static final List<String> SMALL_MARKERS = List.of("slim", "alpine", "distroless", "minimal", "busybox",
            "chiseled", "nanoserver", "windowsservercore");

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx) {
        Stage base = dockerfile.finalStage();
        while (base.baseStage().isPresent()) {
            base = base.baseStage().get();
        }
        if (base.isScratch() || base.effectiveImage().isEmpty()) {
            return;
        }
        ImageRef image = ImageRef.parse(base.effectiveImage().get());
        if (image.isTemplated() || !isOfficial(image)) {
            return;
        }
        String name = image.simpleName().toLowerCase(Locale.ROOT);
        String tag = image.hasTag() ? image.tag().toLowerCase(Locale.ROOT) : "";
        if (!LANGUAGE_IMAGES.contains(name) && !DISTRIBUTIONS.contains(name)
                || SMALL_MARKERS.stream().anyMatch(tag::contains)) {
            return;
        }
        ctx.report(base.baseImage(), "the final image is based on the full `" + image.text() + "` image, with "
                + "compilers and packages the application does not need; use " + smallerVariant(name, tag)
                + " to cut its size and the packages you must patch.");
    }

    /** Docker Hub official images, also through the ECR Public mirror of them. */
    private static boolean isOfficial(ImageRef image) {
        String repository = image.repository().toLowerCase(Locale.ROOT);
        if (image.isDockerHub()) {
            return !repository.contains("/") || repository.startsWith("library/");
        }
        return "public.ecr.aws".equals(image.registry()) && repository.startsWith("docker/library/");
    }

    private static String smallerVariant(String name, String tag) {
        String version = tag.isEmpty() || tag.equals("latest") ? "" : tag;
        switch (name) {
            case "debian":
                return "`debian:" + (version.isEmpty() ? "bookworm" : version) + "-slim` or a distroless image";
            case "ubuntu":
                return "`debian:bookworm-slim`, an Ubuntu chiseled image or a distroless image";
            case "openjdk":
                return "a JRE image such as `eclipse-temurin:21-jre-alpine` (openjdk images are deprecated)";
            default:
                String prefix = name + ":" + (version.isEmpty() ? "<version>" : version);
                return "`" + prefix + "-slim` or `" + prefix + "-alpine`";
        }
    }
}
