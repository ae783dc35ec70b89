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
            .fix("Run on a smaller variant the image publishes (`-slim`, `-alpine`, a JRE image), or copy the "
                    + "build's output into a distroless or slim final stage and keep build tools in an earlier stage.")
            .bad("Dockerfile", "FROM python:3.12\nCOPY app.py /app/\nCMD [\"python\", \"/app/app.py\"]\n")
            .good("Dockerfile", "FROM python:3.12-slim\nCOPY app.py /app/\nCMD [\"python\", \"/app/app.py\"]\n")
            .references("https://docs.docker.com/build/building/best-practices/#choose-the-right-base-image",
                    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/container-considerations.html")
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
        ctx.report(base.baseImage(), "the final image is based on the full `" + image.text() + "` image, with "
                + "compilers and packages the application does not need; " + smallerImage(image, name, tag)
                + ", to cut its size and the packages you must patch.");
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
    private static String smallerImage(ImageRef image, String name, String tag) {
        String repo = image.name();
        String version = tag.equals("latest") ? "" : tag;
        Tag parts = Tag.of(version);
        String v = parts.version.isEmpty() ? "<version>" : parts.version;
        switch (name) {
            case "node":
                return parts.codename.isEmpty()
                        ? "use `" + repo + ":" + v + "-slim` or `" + repo + ":" + v + "-alpine`"
                        : "use `" + repo + ":" + version + "-slim` (the node images build no Alpine variant of a "
                        + "Debian release)";
            case "python":
            case "ruby":
                return parts.codename.isEmpty()
                        ? "use `" + repo + ":" + v + "-slim` or `" + repo + ":" + v + "-alpine`"
                        : "use `" + repo + ":" + v + "-slim-" + parts.codename + "`";
            case "perl":
                return "use `" + repo + ":" + v + "-slim" + (parts.codename.isEmpty() ? "" : "-" + parts.codename)
                        + "` (perl publishes no Alpine variant)";
            case "php":
                if (parts.variant.equals("apache")) {
                    return "php publishes no slim image and no Alpine build of `-apache`: run `" + repo + ":" + v
                            + "-fpm-alpine` behind a separate web server, or keep `-apache` and remove the build "
                            + "dependencies in the RUN that compiles extensions";
                }
                return "use `" + repo + ":" + v + (parts.variant.isEmpty() ? "" : "-" + parts.variant) + "-alpine`";
            case "golang":
                return "build the binary in a `" + image.text() + "` stage and copy it into a final stage FROM "
                        + "`gcr.io/distroless/static-debian12` or `scratch`";
            case "rust":
                return "build the binary in a `" + image.text() + "` stage and copy it into a final stage FROM "
                        + "`gcr.io/distroless/cc-debian12` or `debian:bookworm-slim`";
            case "openjdk":
                String temurin = repo.substring(0, repo.length() - "openjdk".length()) + "eclipse-temurin";
                String major = leadingDigits(parts.version);
                String java = major.isEmpty() ? "<version>" : major;
                return "run on a JRE, `" + temurin + ":" + java + "-jre` or `" + temurin + ":" + java
                        + "-jre-alpine` (the openjdk images are deprecated)";
            case "debian":
                return "use `" + repo + ":" + (version.isEmpty() ? "stable" : version) + "-slim` or a distroless image";
            default:
                return "Ubuntu publishes no slim variant: use `debian:"
                        + (parts.codename.isEmpty() || !DEBIAN_RELEASES.contains(parts.codename) ? "stable"
                        : parts.codename) + "-slim`, an Ubuntu chiseled image or a distroless image";
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
