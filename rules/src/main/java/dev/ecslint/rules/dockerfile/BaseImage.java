package dev.ecslint.rules.dockerfile;

import dev.ecslint.core.dockerfile.Dockerfile;
import dev.ecslint.core.dockerfile.Instruction;
import dev.ecslint.core.dockerfile.PackageCommand;
import dev.ecslint.core.dockerfile.PackageManager;
import dev.ecslint.core.dockerfile.Stage;
import dev.ecslint.core.dockerfile.Token;
import dev.ecslint.core.model.ImageRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a stage runs on, as far as its base image and its own instructions tell: the image at the start of
 * its {@code FROM} chain, the distribution family (which decides how a user is created, which HTTP client a
 * health check can use, which variants exist), and the packages the chain installs. Fixes that rules
 * suggest are built from it, so that they fit the user's image.
 *
 * @param origin    the image the chain starts from ({@code python:3.12-slim}), or empty when a variable
 *                  without default chooses it
 * @param family    the distribution family
 * @param installed the package names the stages of the chain install ({@code curl}, {@code wget})
 */
record BaseImage(Optional<ImageRef> origin, Family family, Set<String> installed) {

    /** How the image is built, as far as it matters for the fixes. */
    enum Family {
        /** {@code FROM scratch}: nothing but what the Dockerfile copies in. */
        SCRATCH,
        /** distroless or Chainguard images without an interpreter: no shell, no package manager. */
        DISTROLESS,
        /** distroless images that carry a language runtime (java, python3, nodejs), still without a shell. */
        DISTROLESS_RUNTIME,
        /** Alpine: BusyBox tools ({@code adduser -D}, {@code wget}) and apk. */
        ALPINE,
        /** BusyBox images: BusyBox tools, no package manager. */
        BUSYBOX,
        /** Debian and Ubuntu, and the official images built on them: {@code useradd}, apt. */
        DEBIAN,
        /** RHEL, UBI, Fedora, Rocky, Alma, CentOS, Amazon Linux: {@code useradd}, dnf or yum. */
        RHEL,
        /** UBI minimal and micro images: microdnf at most, no {@code useradd}. */
        RHEL_MINIMAL,
        /** Windows Server Core and Nano Server. */
        WINDOWS,
        UNKNOWN
    }

    /** Official Docker Hub images known to be built on Debian or Ubuntu unless their tag says otherwise. */
    private static final Set<String> DEBIAN_BASED = Set.of("debian", "ubuntu", "node", "python", "ruby", "php", "perl",
            "golang", "rust", "openjdk", "eclipse-temurin", "maven", "gradle", "nginx", "httpd", "tomcat", "buildpack-deps",
            "postgres", "redis", "mysql", "mongo", "rabbitmq", "elixir", "erlang", "haskell", "swift", "julia", "r-base",
            "gcc", "bash", "wordpress", "ghost", "caddy");
    private static final Set<String> RHEL_BASED = Set.of("rockylinux", "almalinux", "centos", "fedora", "oraclelinux",
            "amazonlinux", "amazoncorretto", "ubi8", "ubi9", "ubi10", "ubi", "ubi-init");
    private static final Set<String> DISTROLESS_WITHOUT_RUNTIME = Set.of("static", "base", "base-nossl", "cc",
            "glibc-dynamic", "wolfi-base");

    /** The base of the final stage: what the image runs on. Six rules ask; derived once per file. */
    static BaseImage ofFinalStage(Dockerfile dockerfile) {
        return dockerfile.derived(BaseImage.class, d -> of(d, d.finalStage()));
    }

    static BaseImage of(Dockerfile dockerfile, Stage stage) {
        List<Stage> chain = chain(stage);
        Stage first = chain.get(0);
        Optional<ImageRef> origin = first.isScratch() ? Optional.of(ImageRef.parse("scratch"))
                : first.effectiveImage().map(ImageRef::parse).filter(ref -> !ref.isTemplated());
        Set<PackageManager> managers = new HashSet<>();
        Set<String> installed = new HashSet<>();
        for (Stage s : chain) {
            for (Instruction i : s.instructions()) {
                if (!i.is("RUN")) {
                    continue;
                }
                for (PackageCommand c : dockerfile.commandsOf(i).packageCommands()) {
                    if (!c.manager().isSystem()) {
                        continue;
                    }
                    managers.add(c.manager());
                    if (c.isInstall()) {
                        for (Token operand : c.operands()) {
                            installed.add(packageName(operand.value()));
                        }
                    }
                }
            }
        }
        Family family = origin.map(BaseImage::familyOf).orElse(Family.UNKNOWN);
        if (family == Family.UNKNOWN) {
            family = familyOf(managers);
        }
        return new BaseImage(origin, family, Set.copyOf(installed));
    }

    /** The stages from the one whose base is an image to {@code stage}. */
    private static List<Stage> chain(Stage stage) {
        List<Stage> chain = new ArrayList<>();
        for (Stage s = stage; ; s = s.baseStage().get()) {
            chain.add(0, s);
            if (s.baseStage().isEmpty()) {
                return chain;
            }
        }
    }

    /** {@code curl=7.88.1-10} gives {@code curl}. */
    private static String packageName(String operand) {
        int end = operand.length();
        for (int i = 0; i < operand.length(); i++) {
            char c = operand.charAt(i);
            if (c == '=' || c == '<' || c == '>' || c == '~') {
                end = i;
                break;
            }
        }
        return operand.substring(0, end).toLowerCase(Locale.ROOT);
    }

    static Family familyOf(ImageRef ref) {
        String repository = ref.repository().toLowerCase(Locale.ROOT);
        String name = ref.simpleName().toLowerCase(Locale.ROOT);
        String tag = ref.hasTag() ? ref.tag().toLowerCase(Locale.ROOT) : "";
        String registry = ref.registry() == null ? "" : ref.registry().toLowerCase(Locale.ROOT);
        if (repository.equals("scratch")) {
            return Family.SCRATCH;
        }
        if (isWindows(ref)) {
            return Family.WINDOWS;
        }
        if (registry.equals("gcr.io") && repository.startsWith("distroless/")
                || registry.equals("cgr.dev") && repository.startsWith("chainguard/")) {
            if (tag.contains("debug") || tag.endsWith("-dev") || tag.equals("dev")) {
                return Family.BUSYBOX; // the debug and -dev variants add a BusyBox shell
            }
            String flavour = name.replaceFirst("-debian\\d+$", "");
            return DISTROLESS_WITHOUT_RUNTIME.contains(flavour) ? Family.DISTROLESS : Family.DISTROLESS_RUNTIME;
        }
        if (name.equals("alpine") || tag.contains("alpine")) {
            return Family.ALPINE;
        }
        if (name.equals("busybox")) {
            return Family.BUSYBOX;
        }
        if (name.startsWith("ubi") && (name.contains("minimal") || name.contains("micro"))) {
            return Family.RHEL_MINIMAL;
        }
        if (RHEL_BASED.contains(name) || repository.startsWith("redhat/") || registry.equals("registry.access.redhat.com")
                || registry.equals("public.ecr.aws") && repository.startsWith("amazonlinux/")) {
            return Family.RHEL;
        }
        boolean official = ref.isDockerHub() && (!repository.contains("/") || repository.startsWith("library/"))
                || registry.equals("public.ecr.aws") && repository.startsWith("docker/library/");
        if (official && DEBIAN_BASED.contains(name) || registry.equals("mcr.microsoft.com") && repository.startsWith("dotnet/")) {
            return Family.DEBIAN;
        }
        return Family.UNKNOWN;
    }

    private static Family familyOf(Set<PackageManager> managers) {
        if (managers.contains(PackageManager.APK)) {
            return Family.ALPINE;
        }
        if (managers.contains(PackageManager.APT_GET) || managers.contains(PackageManager.APT)) {
            return Family.DEBIAN;
        }
        if (managers.contains(PackageManager.DNF) || managers.contains(PackageManager.YUM)) {
            return Family.RHEL;
        }
        return managers.contains(PackageManager.MICRODNF) ? Family.RHEL_MINIMAL : Family.UNKNOWN;
    }

    static boolean isWindows(ImageRef ref) {
        String lower = ref.name().toLowerCase(Locale.ROOT);
        return lower.startsWith("mcr.microsoft.com/windows") || lower.contains("servercore")
                || lower.contains("nanoserver") || ref.hasTag() && (ref.tag().toLowerCase(Locale.ROOT).contains("nanoserver")
                || ref.tag().toLowerCase(Locale.ROOT).contains("windowsservercore"));
    }

    /** True for the official Docker Hub image of that name (also through its ECR Public mirror). */
    boolean isOfficial(String name) {
        if (origin.isEmpty()) {
            return false;
        }
        ImageRef ref = origin.get();
        String repository = ref.repository().toLowerCase(Locale.ROOT);
        if (ref.isDockerHub()) {
            return repository.equals(name) || repository.equals("library/" + name);
        }
        return "public.ecr.aws".equals(ref.registry()) && repository.equals("docker/library/" + name);
    }

    /** The image as written in the reference, for messages ({@code python:3.12-slim}). */
    String text() {
        return origin.map(ImageRef::text).orElse("");
    }

    /** True when the chain installs that package, or the family ships it as a BusyBox applet. */
    boolean has(String tool) {
        return installed.contains(tool) || tool.equals("wget") && (family == Family.ALPINE || family == Family.BUSYBOX);
    }

    /** The image has no shell at all: health checks and commands must be exec form. */
    boolean hasNoShell() {
        return family == Family.SCRATCH || family == Family.DISTROLESS || family == Family.DISTROLESS_RUNTIME;
    }
}
