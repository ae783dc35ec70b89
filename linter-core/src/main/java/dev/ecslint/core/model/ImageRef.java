package dev.ecslint.core.model;

import java.util.Locale;
import java.util.Optional;

/**
 * A container image reference split as Docker does: {@code [registry/]repository[:tag][@digest]}.
 * The first path component is a registry when it contains a dot or a colon or is {@code localhost};
 * otherwise the image is on Docker Hub and {@link #registry()} is empty.
 */
public record ImageRef(String text, String registry, String repository, String tag, String digest) {

    public static ImageRef parse(String text) {
        String rest = text.trim();
        String digest = null;
        int at = rest.indexOf('@');
        if (at >= 0) {
            digest = rest.substring(at + 1);
            rest = rest.substring(0, at);
        }
        String registry = null;
        int slash = rest.indexOf('/');
        if (slash > 0) {
            String first = rest.substring(0, slash);
            if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
                registry = first;
                rest = rest.substring(slash + 1);
            }
        }
        String tag = null;
        int colon = rest.lastIndexOf(':');
        if (colon >= 0 && rest.indexOf('/', colon) < 0) {
            tag = rest.substring(colon + 1);
            rest = rest.substring(0, colon);
        }
        return new ImageRef(text, registry, rest, tag, digest);
    }

    public Optional<String> registryHost() {
        return Optional.ofNullable(registry);
    }

    public boolean hasTag() {
        return tag != null && !tag.isEmpty();
    }

    public boolean hasDigest() {
        return digest != null && !digest.isEmpty();
    }

    public boolean isLatest() {
        return hasTag() && tag.equals("latest");
    }

    /** True when a placeholder stands anywhere in the reference: its value is unknown. */
    public boolean isTemplated() {
        return Placeholders.isTemplated(text);
    }

    /** Docker Hub images have no registry host (or {@code docker.io}). */
    public boolean isDockerHub() {
        return registry == null || registry.equals("docker.io") || registry.equals("index.docker.io")
                || registry.equals("registry-1.docker.io");
    }

    /** Private ECR: {@code <account>.dkr.ecr.<region>.amazonaws.com[.cn]}. */
    public boolean isPrivateEcr() {
        return registry != null && registry.toLowerCase(Locale.ROOT).matches("\\d{12}\\.dkr\\.ecr(-fips)?\\.[a-z0-9-]+\\.amazonaws\\.com(\\.cn)?");
    }

    /** The repository's last path component ({@code node} for {@code library/node}). */
    public String simpleName() {
        int slash = repository.lastIndexOf('/');
        return slash >= 0 ? repository.substring(slash + 1) : repository;
    }

    /** The reference without the tag and digest, with the registry ({@code ghcr.io/org/app}). */
    public String name() {
        return registry == null ? repository : registry + "/" + repository;
    }
}
