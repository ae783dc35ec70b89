package dev.ecslint.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The {@code trustedRegistries} setting: each entry is a registry host ({@code docker.io},
 * {@code 123456789012.dkr.ecr.*.amazonaws.com}) or a registry with a repository prefix
 * ({@code public.ecr.aws/myorg}); {@code *} matches within one path segment, as in hadolint's
 * {@code trustedRegistries} ({@code *.example.com}, {@code *} for any). Docker Hub images are named
 * {@code docker.io/library/nginx}, {@code docker.io/org/app}. Shared by DF032 and CT013.
 */
public final class TrustedRegistries {

    private final List<Pattern> patterns = new ArrayList<>();

    public TrustedRegistries(List<String> entries) {
        for (String entry : entries) {
            String trimmed = entry.trim().toLowerCase(Locale.ROOT);
            while (trimmed.endsWith("/")) {
                trimmed = trimmed.substring(0, trimmed.length() - 1);
            }
            if (!trimmed.isEmpty()) {
                patterns.add(Pattern.compile(globToRegex(trimmed) + "(/.*)?"));
            }
        }
    }

    public boolean isEmpty() {
        return patterns.isEmpty();
    }

    /** True when the image's registry, or its registry and repository prefix, is trusted. */
    public boolean trusts(ImageRef image) {
        String host = image.isDockerHub() ? "docker.io" : image.registry().toLowerCase(Locale.ROOT);
        String repository = image.repository().toLowerCase(Locale.ROOT);
        List<String> names = new ArrayList<>(List.of(host + "/" + repository));
        if (image.isDockerHub() && !repository.contains("/")) {
            names.add(host + "/library/" + repository);
        }
        for (Pattern p : patterns) {
            for (String name : names) {
                if (BoundedMatch.matches(p, name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The host the finding names: {@code docker.io} for Docker Hub images. */
    public static String registryOf(ImageRef image) {
        return image.isDockerHub() ? "docker.io (Docker Hub)" : image.registry();
    }

    private static String globToRegex(String glob) {
        StringBuilder re = new StringBuilder();
        for (char c : glob.toCharArray()) {
            if (c == '*') {
                re.append("[^/]*");
            } else if (c == '?') {
                re.append("[^/]");
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return re.toString();
    }
}
