package dev.ecslint.core.compose;

import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.json.JsonValue.Member;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises a compose file and finds its services: the Compose Specification and v2/v3 files keep them
 * in {@code services}; legacy v1 files, recognised by their name only, at the top level.
 */
public final class ComposeFiles {

    private static final Pattern COMPOSE_NAME = Pattern.compile("(docker-)?compose([.-].*)?\\.ya?ml");
    private static final Pattern OVERRIDE_NAME = Pattern.compile(".*\\.override\\.ya?ml");

    private ComposeFiles() {
    }

    /** The top-level keys of the Compose Specification (and of v2/v3 files). */
    private static final Set<String> COMPOSE_KEYS = Set.of("version", "name", "services", "networks", "volumes",
            "configs", "secrets", "include", "models");

    /** Keys of a compose service (the top-level keys around {@code services} are compose's too). */
    private static final Set<String> SERVICE_KEYS = Set.of("build", "extends", "depends_on", "env_file",
            "environment", "container_name", "healthcheck", "deploy", "profiles", "volumes", "networks", "ports",
            "expose", "cap_add", "cap_drop", "restart", "working_dir", "entrypoint", "command", "mem_limit",
            "develop", "models", "user", "read_only", "privileged", "logging", "secrets", "labels");

    /**
     * True for a compose file: a {@code services} mapping of services among compose's own top-level keys (an
     * override file's services may hold no image); or, in a file named as compose files are, only an
     * {@code include} list, or the legacy v1 layout of services at the top.
     */
    public static boolean recognizes(String fileName, JsonValue root) {
        if (!(root instanceof JsonObject doc)) {
            return false;
        }
        if (doc.object("services").isPresent()) {
            JsonObject services = doc.object("services").get();
            return doc.members().keySet().stream().allMatch(k -> COMPOSE_KEYS.contains(k) || k.startsWith("x-"))
                    && services.members().values().stream().allMatch(m -> m.value().asObject().isPresent()
                            || m.value() instanceof JsonValue.JsonNull)
                    && services.members().values().stream().anyMatch(ComposeFiles::isService);
        }
        return isComposeName(fileName) && (doc.get("include").orElse(null) instanceof JsonValue.JsonArray
                || !legacyServices(doc).isEmpty());
    }

    private static boolean isService(Member service) {
        return service.value().asObject().map(s -> s.get("image").orElse(null) instanceof JsonValue.JsonString
                || s.members().keySet().stream().anyMatch(SERVICE_KEYS::contains)).orElse(false);
    }

    /** {@code compose.yaml}, {@code docker-compose.prod.yml}, …: a compose file whatever it holds. */
    public static boolean isComposeName(String fileName) {
        return COMPOSE_NAME.matcher(fileName.toLowerCase(Locale.ROOT)).matches();
    }

    /** {@code compose.override.yaml}, {@code docker-compose.override.yml}: merged onto the base file. */
    static boolean isOverrideName(String fileName) {
        return OVERRIDE_NAME.matcher(fileName.toLowerCase(Locale.ROOT)).matches();
    }

    /** The services of a compose document, by name, in document order. */
    static Map<String, Member> services(JsonObject doc) {
        Map<String, Member> services = new LinkedHashMap<>();
        if (doc.has("services")) {
            doc.object("services").ifPresent(all -> all.members().values().stream()
                    .filter(m -> m.value() instanceof JsonObject && !m.key().startsWith("x-"))
                    .forEach(m -> services.put(m.key(), m)));
            return services;
        }
        return legacyServices(doc);
    }

    /** A legacy v1 file: every top-level mapping with an {@code image} or a {@code build} is a service. */
    private static Map<String, Member> legacyServices(JsonObject doc) {
        Map<String, Member> services = new LinkedHashMap<>();
        if (doc.members().isEmpty()) {
            return services;
        }
        for (Member m : doc.members().values()) {
            if (m.key().startsWith("x-")) {
                continue;
            }
            boolean service = m.value().asObject().map(s -> s.get("image").orElse(null) instanceof JsonValue.JsonString
                    || s.has("build")).orElse(false);
            if (!service) {
                return new LinkedHashMap<>();
            }
            services.put(m.key(), m);
        }
        return services;
    }
}
