package dev.ecslint.core.compose;

import dev.ecslint.core.aws.ContainerSpec;
import dev.ecslint.core.aws.TaskContext;
import dev.ecslint.core.engine.SubjectReader;
import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonArray;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.json.JsonValue.JsonString;
import dev.ecslint.core.json.JsonValue.JsonTagged;
import dev.ecslint.core.json.JsonValue.Member;
import dev.ecslint.core.mapping.AwsSubjects;
import dev.ecslint.core.mapping.MappedRead;
import dev.ecslint.core.mapping.PlaceNames;
import dev.ecslint.core.model.Located;
import dev.ecslint.core.model.SourceFile;
import dev.ecslint.core.model.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps every service of a compose file to a container ({@link ComposeService}), run by Docker Compose
 * ({@link TaskContext#COMPOSE_SERVICE}). What a service inherits — from the service it {@code extends} (in
 * this file, an included one, or another file of the repository, followed once) or, in an override file,
 * from the base file's service — counts as set but is judged where it is written: here it is an expression
 * located at the {@code extends} key (or the service's name), so a setting the base gives is never
 * "missing" and a setting the base gets wrong is reported once, in the base. A service that builds its image
 * ({@code build}) is linked to its Dockerfile: the image's own settings are the Dockerfile's.
 */
public final class ComposeMapper implements SubjectReader {

    static final String INHERITED = "inherited";
    private static final String[] BASE_NAMES = {"compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml"};
    /** Settings whose absence a rule judges: unknown, not absent, in a service that only overlays another. */
    private static final String[] OVERLAID = {"user", "read_only"};

    @Override
    public List<Class<?>> subjectTypes() {
        return List.of(ContainerSpec.class);
    }

    @Override
    public Read read(JsonValue root, SourceFile source) {
        JsonObject doc = root.asObject().orElseGet(() -> new JsonObject(root.span(), "", Map.of()));
        ComposeProject project = new ComposeProject(source.path());
        Map<String, Member> services = ComposeFiles.services(doc);
        Map<String, Member> included = includedServices(doc, project);
        ComposeService mapping = new ComposeService(source);
        MappedRead read = new MappedRead().naming(pointer -> {
            List<String> segments = PlaceNames.segments(pointer);
            return segments.isEmpty() ? null : PlaceNames.dotted(doc, segments);
        });
        String fileName = source.displayPath().substring(source.displayPath().lastIndexOf('/') + 1);
        Optional<JsonObject> base = ComposeFiles.isOverrideName(fileName) ? baseOf(project) : Optional.empty();
        for (Member service : services.values()) {
            JsonObject node = (JsonObject) service.value();
            JsonObject merged = inherit(node, services, included, project, new HashSet<>(), 0);
            boolean runnable = merged.has("image") || merged.has("build");
            if (!runnable) {
                Optional<Member> overridden = base.flatMap(b -> Optional.ofNullable(ComposeFiles.services(b)
                        .get(service.key())));
                merged = overridden.map(o -> merge(node, (JsonObject) o.value(), anchor(service)))
                        .orElseGet(() -> overlay(node, anchor(service)));
            }
            Optional<Located> builtFrom = merged.get("build").map(b -> (Located) b);
            JsonObject container = mapping.containerDefinition(service.key(), service.keySpan(), node.pointer(), merged);
            read.add(AwsSubjects.container(container, TaskContext.COMPOSE_SERVICE, builtFrom));
        }
        return read.build();
    }

    private static Located anchor(Member service) {
        return place(service.keySpan(), service.value().pointer());
    }

    private static Located place(Span span, String pointer) {
        return new Located() {
            @Override
            public Span span() {
                return span;
            }

            @Override
            public String pointer() {
                return pointer;
            }
        };
    }

    /** The service with what it {@code extends} merged in; a chain within one file is followed, a file once. */
    private JsonObject inherit(JsonObject service, Map<String, Member> services, Map<String, Member> included,
                               ComposeProject project, Set<String> seen, int fileHops) {
        Optional<Member> extendsMember = Optional.ofNullable(service.members().get("extends"));
        if (extendsMember.isEmpty()) {
            return service;
        }
        JsonValue spec = extendsMember.get().value();
        String baseName = spec instanceof JsonString s ? s.value()
                : spec.asObject().flatMap(o -> o.string("service")).orElse(null);
        Optional<String> file = spec.asObject().flatMap(o -> o.string("file"));
        Located at = place(extendsMember.get().keySpan(), service.pointer() + "/extends");
        if (baseName == null || !seen.add(file.orElse("") + "#" + baseName)) {
            return overlay(service, at);
        }
        JsonObject base = null;
        if (file.isPresent() && fileHops == 0) {
            base = project.document(file.get()).map(ComposeFiles::services).map(s -> s.get(baseName))
                    .map(m -> (JsonObject) m.value()).orElse(null);
        } else if (file.isEmpty()) {
            Member m = services.containsKey(baseName) ? services.get(baseName) : included.get(baseName);
            base = m == null ? null : inherit((JsonObject) m.value(), services, included, project, seen, fileHops);
        }
        return base == null ? overlay(service, at) : merge(service, base, at);
    }

    /**
     * The service's own settings over the base's: a setting only the base has is an expression at {@code at}
     * (set, judged in the base).
     */
    static JsonObject merge(JsonObject service, JsonObject base, Located at) {
        Map<String, Member> members = new LinkedHashMap<>(service.members());
        members.remove("extends");
        for (Member m : base.members().values()) {
            if (m.key().equals("extends")) {
                continue;
            }
            // a setting both have is the service's own: what the base sets besides is judged in the base
            members.putIfAbsent(m.key(), new Member(m.key(), at.span(), inherited(m.value(), at)));
        }
        return new JsonObject(service.span(), service.pointer(), members);
    }

    private static JsonValue inherited(JsonValue value, Located at) {
        return new JsonTagged(at.span(), at.pointer(), INHERITED, value);
    }

    /**
     * A service that only overlays one this linter cannot see (an override file without its base, an
     * {@code extends} it cannot follow): the settings rules judge by their absence are unknown, not absent.
     */
    private static JsonObject overlay(JsonObject service, Located at) {
        Map<String, Member> members = new LinkedHashMap<>(service.members());
        members.remove("extends");
        for (String key : OVERLAID) {
            members.putIfAbsent(key, new Member(key, at.span(), inherited(new JsonValue.JsonNull(at.span(), at.pointer()), at)));
        }
        return new JsonObject(service.span(), service.pointer(), members);
    }

    /** The base file an override file is merged onto: the first of the standard names beside it. */
    private static Optional<JsonObject> baseOf(ComposeProject project) {
        for (String name : BASE_NAMES) {
            if (project.hasSibling(name)) {
                return project.document(name);
            }
        }
        return Optional.empty();
    }

    /** The services of the files this one {@code include}s, read once (their own includes are not followed). */
    private static Map<String, Member> includedServices(JsonObject doc, ComposeProject project) {
        Map<String, Member> services = new LinkedHashMap<>();
        for (JsonValue entry : doc.array("include")) {
            List<JsonValue> paths = new ArrayList<>();
            if (entry instanceof JsonString) {
                paths.add(entry);
            } else {
                entry.asObject().flatMap(o -> o.get("path")).ifPresent(p -> {
                    if (p instanceof JsonArray a) {
                        paths.addAll(a.items());
                    } else {
                        paths.add(p);
                    }
                });
            }
            for (JsonValue path : paths) {
                if (path instanceof JsonString s) {
                    project.document(s.value()).map(ComposeFiles::services).ifPresent(found ->
                            found.forEach(services::putIfAbsent));
                }
            }
        }
        return services;
    }
}
