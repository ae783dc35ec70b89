package dev.ecslint.rules.dockerfile;

import dev.ecslint.core.dockerfile.AbstractDockerfileRule;
import dev.ecslint.core.dockerfile.Dockerfile;
import dev.ecslint.core.dockerfile.Stage;
import dev.ecslint.core.i18n.Message;
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
            .fix("Run on a smaller variant the image publishes (`-slim`, `-alpine`, a JRE image), or copy the "
                    + "build's output into a distroless or slim final stage and keep build tools in an earlier stage.")
            .bad("Dockerfile", "FROM python:3.12\nCOPY app.py /app/\nCMD [\"python\", \"/app/app.py\"]\n")
            .good("Dockerfile", "FROM python:3.12-slim\nCOPY app.py /app/\nCMD [\"python\", \"/app/app.py\"]\n")
            .references("https://docs.docker.com/build/building/best-practices/#choose-the-right-base-image",
                    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/container-considerations.html")
            .message("heavy", "the final image is based on the full {image} image, with compilers and packages the "
                    + "application does not need; {instead}, to cut its size and the packages you must patch")
            .message("slimOrAlpine", "use {slim} or {alpine}")
            .message("slim", "use {slim}")
            .message("slimNoAlpine", "use {slim} (the node images build no Alpine variant of a Debian release)")
            .message("slimPerl", "use {slim} (perl publishes no Alpine variant)")
            .message("phpApache", "php publishes no slim image and no Alpine build of `-apache`: run {fpm} behind a "
                    + "separate web server, or keep `-apache` and remove the build dependencies in the RUN that "
                    + "compiles extensions")
            .message("buildStage", "build the binary in a {image} stage and copy it into a final stage FROM {runtime} "
                    + "or {other}")
            .message("jre", "run on a JRE, {jre} or {alpine} (the openjdk images are deprecated)")
            .message("slimOrDistroless", "use {slim} or a distroless image")
            .message("ubuntu", "Ubuntu publishes no slim variant: use {slim}, an Ubuntu chiseled image or a distroless "
                    + "image")
            .build();

    public HeavyBaseImageRule() {
        super(META);
    }

    /** Official images that publish smaller variants, or whose final image should be another one. */
    private static final Set<String> LANGUAGE_IMAGES = Set.of("node", "python", "ruby", "perl", "php", "golang",
            "rust", "openjdk");
    private static final Set<String> DISTRIBUTIONS = Set.of("debian", "ubuntu");
    private static final List<String> SMALL_MARKERS = List.of("slim", "alpine", "distroless", "minimal", "busybox",
            "chiseled", "nanoserver", "windowsservercore");
    /** Debian and Ubuntu release names, as they appear in tags ({@code 20-bookworm}). */
    private static final Set<String> CODENAMES = Set.of("stretch", "buster", "bullseye", "bookworm", "trixie",
            "focal", "jammy", "noble");

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
        ctx.report(base.baseImage(), META.message("heavy").code("image", image.text())
                .phrase("instead", smallerImage(image, name, tag)));
    }

    /** Docker Hub official images, also through the ECR Public mirror of them. */
    private static boolean isOfficial(ImageRef image) {
        String repository = image.repository().toLowerCase(Locale.ROOT);
        if (image.isDockerHub()) {
            return !repository.contains("/") || repository.startsWith("library/");
        }
        return "public.ecr.aws".equals(image.registry()) && repository.startsWith("docker/library/");
    }

    /**
     * What to run on instead, naming only variants the image family publishes: node, python and ruby have
     * {@code -slim} and {@code -alpine} (none with a Debian release name), perl only {@code -slim}, php only
     * Alpine builds of its cli and fpm variants, golang and rust are toolchains whose binaries belong in a
     * smaller image.
     */
    private static Message smallerImage(ImageRef image, String name, String tag) {
        String repo = image.name();
        String version = tag.equals("latest") ? "" : tag;
        Tag parts = Tag.of(version);
        String v = parts.version.isEmpty() ? "<version>" : parts.version;
        switch (name) {
            case "node":
                return parts.codename.isEmpty()
                        ? META.message("slimOrAlpine").code("slim", repo + ":" + v + "-slim").code("alpine", repo + ":" + v + "-alpine")
                        : META.message("slimNoAlpine").code("slim", repo + ":" + version + "-slim");
            case "python":
            case "ruby":
                return parts.codename.isEmpty()
                        ? META.message("slimOrAlpine").code("slim", repo + ":" + v + "-slim").code("alpine", repo + ":" + v + "-alpine")
                        : META.message("slim").code("slim", repo + ":" + v + "-slim-" + parts.codename);
            case "perl":
                return META.message("slimPerl")
                        .code("slim", repo + ":" + v + "-slim" + (parts.codename.isEmpty() ? "" : "-" + parts.codename));
            case "php":
                if (parts.variant.equals("apache")) {
                    return META.message("phpApache").code("fpm", repo + ":" + v + "-fpm-alpine");
                }
                return META.message("slim").code("slim", repo + ":" + v + (parts.variant.isEmpty() ? "" : "-" + parts.variant)
                        + "-alpine");
            case "golang":
                return META.message("buildStage").code("image", image.text())
                        .code("runtime", "gcr.io/distroless/static-debian12").code("other", "scratch");
            case "rust":
                return META.message("buildStage").code("image", image.text())
                        .code("runtime", "gcr.io/distroless/cc-debian12").code("other", "debian:bookworm-slim");
            case "openjdk":
                String temurin = repo.substring(0, repo.length() - "openjdk".length()) + "eclipse-temurin";
                String major = leadingDigits(parts.version);
                String java = major.isEmpty() ? "<version>" : major;
                return META.message("jre").code("jre", temurin + ":" + java + "-jre")
                        .code("alpine", temurin + ":" + java + "-jre-alpine");
            case "debian":
                return META.message("slimOrDistroless").code("slim", repo + ":" + (version.isEmpty() ? "stable" : version)
                        + "-slim");
            default:
                return META.message("ubuntu").code("slim", "debian:" + (parts.codename.isEmpty()
                        || !DEBIAN_RELEASES.contains(parts.codename) ? "stable" : parts.codename) + "-slim");
        }
    }

    private static String leadingDigits(String text) {
        int end = 0;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        return text.substring(0, end);
    }

    private static final Set<String> DEBIAN_RELEASES = Set.of("stretch", "buster", "bullseye", "bookworm", "trixie");

    /**
     * A tag split into its version ({@code 8.2}, {@code lts}), its variant ({@code apache}, {@code fpm}) and
     * its Debian or Ubuntu release name ({@code bookworm}).
     */
    private record Tag(String version, String variant, String codename) {
        static Tag of(String tag) {
            String version = "";
            String variant = "";
            String codename = "";
            for (String part : tag.split("-")) {
                if (CODENAMES.contains(part)) {
                    codename = part;
                } else if (version.isEmpty() && !part.isEmpty()) {
                    version = part;
                } else if (!part.isEmpty()) {
                    variant = variant.isEmpty() ? part : variant + "-" + part;
                }
            }
            if (CODENAMES.contains(version)) {
                codename = version;
                version = "";
            }
            return new Tag(version, variant, codename);
        }
    }
}
