package dev.ecslint.core.compose;

import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonArray;
import dev.ecslint.core.json.JsonValue.JsonBoolean;
import dev.ecslint.core.json.JsonValue.JsonNull;
import dev.ecslint.core.json.JsonValue.JsonNumber;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.json.JsonValue.JsonString;
import dev.ecslint.core.json.JsonValue.JsonTagged;
import dev.ecslint.core.json.JsonValue.Member;
import dev.ecslint.core.json.LocatedText;
import dev.ecslint.core.model.SourceFile;
import dev.ecslint.core.model.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One compose service as the ECS container definition it corresponds to ({@code AwsShape.CONTAINER_DEFINITION}):
 * {@code image}, {@code user}, {@code environment} (map or {@code KEY=value} list), {@code secrets},
 * {@code healthcheck}, memory and CPU limits ({@code deploy.resources}, {@code mem_limit}, {@code cpus}),
 * {@code logging}, {@code read_only}, {@code privileged}, {@code cap_add}, {@code init}, {@code ports},
 * {@code entrypoint}/{@code command}, {@code depends_on}, {@code links}, {@code stop_grace_period}. Values are
 * converted to ECS's units and interpolated ({@link Interpolation}: unknown ones become expressions); every
 * node keeps its place in the compose file.
 */
final class ComposeService {

    static final String UNKNOWN = "${…}";

    private final SourceFile file;

    ComposeService(SourceFile file) {
        this.file = file;
    }

    /**
     * @param nameAt  the service's key: its name, where "missing X" findings point
     * @param service the service with what it inherits already merged in
     */
    JsonObject containerDefinition(String name, Span nameAt, String pointer, JsonObject service) {
        Map<String, Member> out = new LinkedHashMap<>();
        put(out, "name", nameAt, new JsonString(nameAt, pointer, name));
        if (!service.has("build")) {
            member(service, "image").ifPresent(m -> put(out, "image", m.keySpan(), scalar(m.value())));
        }
        member(service, "user").ifPresent(m -> put(out, "user", m.keySpan(), scalar(m.value())));
        member(service, "environment").ifPresent(m -> put(out, "environment", m.keySpan(), environment(m.value())));
        member(service, "secrets").ifPresent(m -> put(out, "secrets", m.keySpan(), secrets(m.value())));
        member(service, "healthcheck").flatMap(m -> healthCheck(m.value()).map(h -> new Member("", m.keySpan(), h)))
                .ifPresent(m -> put(out, "healthCheck", m.keySpan(), m.value()));
        limits(service, out);
        member(service, "logging").ifPresent(m -> put(out, "logConfiguration", m.keySpan(), logging(m.value())));
        member(service, "read_only").ifPresent(m -> put(out, "readonlyRootFilesystem", m.keySpan(), flag(m.value())));
        member(service, "privileged").ifPresent(m -> put(out, "privileged", m.keySpan(), flag(m.value())));
        linuxParameters(service).ifPresent(lp -> put(out, "linuxParameters", lp.keySpan(), lp.value()));
        member(service, "ports").ifPresent(m -> put(out, "portMappings", m.keySpan(), list(m.value(), this::port)));
        member(service, "entrypoint").ifPresent(m -> put(out, "entryPoint", m.keySpan(), words(m.value())));
        member(service, "command").ifPresent(m -> put(out, "command", m.keySpan(), words(m.value())));
        member(service, "depends_on").ifPresent(m -> put(out, "dependsOn", m.keySpan(), dependsOn(m.value())));
        member(service, "links").ifPresent(m -> put(out, "links", m.keySpan(), list(m.value(), this::scalar)));
        member(service, "stop_grace_period").ifPresent(m -> put(out, "stopTimeout", m.keySpan(),
                converted(m.value(), ComposeValues::seconds)));
        return new JsonObject(service.span(), pointer, out);
    }

    private static Optional<Member> member(JsonObject o, String key) {
        Member m = o.members().get(key);
        return m == null || m.value() instanceof JsonNull ? Optional.empty() : Optional.of(m);
    }

    private static void put(Map<String, Member> out, String key, Span keySpan, JsonValue value) {
        out.put(key, new Member(key, keySpan, value));
    }

    /** A scalar as text, interpolated; an expression when it depends on the environment. */
    JsonValue scalar(JsonValue value) {
        if (value instanceof JsonString s) {
            return Interpolation.resolve(s.value()).<JsonValue>map(v -> new JsonString(s.span(), s.pointer(), v))
                    .orElseGet(() -> new JsonTagged(s.span(), s.pointer(), UNKNOWN, s));
        }
        if (value instanceof JsonNumber || value instanceof JsonBoolean) {
            return new JsonString(value.span(), value.pointer(), value.text());
        }
        return value;
    }

    /** A boolean, also written as a string or interpolated ({@code "${DEBUG:-false}"}). */
    private JsonValue flag(JsonValue value) {
        JsonValue text = scalar(value);
        if (value instanceof JsonBoolean || !(text instanceof JsonString s)) {
            return value instanceof JsonBoolean ? value : text;
        }
        String v = s.value().trim();
        if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
            return new JsonBoolean(s.span(), s.pointer(), v.equalsIgnoreCase("true"));
        }
        return new JsonTagged(value.span(), value.pointer(), UNKNOWN, value);
    }

    /** A size or duration in ECS's unit, or the value as it is (unknown) when it is not one. */
    private JsonValue converted(JsonValue value, Function<String, Optional<Long>> unit) {
        JsonValue text = scalar(value);
        if (text instanceof JsonString s) {
            Optional<Long> n = unit.apply(s.value());
            if (n.isPresent()) {
                return new JsonNumber(s.span(), s.pointer(), Long.toString(n.get()));
            }
        }
        return text instanceof JsonString ? new JsonTagged(value.span(), value.pointer(), UNKNOWN, value) : text;
    }

    private JsonValue list(JsonValue value, Function<JsonValue, JsonValue> item) {
        if (!(value instanceof JsonArray a)) {
            return value;
        }
        List<JsonValue> items = new ArrayList<>();
        a.items().forEach(v -> items.add(item.apply(v)));
        return new JsonArray(a.span(), a.pointer(), items);
    }

    /** {@code [a, b]} as it is; a string is one word (compose splits it as a shell would, ECS takes a list). */
    private JsonValue words(JsonValue value) {
        if (value instanceof JsonArray) {
            return list(value, this::scalar);
        }
        return new JsonArray(value.span(), value.pointer(), List.of(scalar(value)));
    }

    /** The map form ({@code KEY: value}) or the list form ({@code KEY=value}, {@code KEY} alone). */
    private JsonValue environment(JsonValue value) {
        List<JsonValue> entries = new ArrayList<>();
        if (value instanceof JsonObject o) {
            for (Member m : o.members().values()) {
                String pointer = m.value().pointer();
                Map<String, Member> entry = new LinkedHashMap<>();
                put(entry, "name", m.keySpan(), new JsonString(m.keySpan(), pointer, m.key()));
                if (!(m.value() instanceof JsonNull)) {
                    put(entry, "value", m.value().span(), scalar(m.value()));
                }
                entries.add(new JsonObject(m.keySpan().to(m.value().span()), pointer, entry));
            }
        } else if (value instanceof JsonArray a) {
            for (JsonValue item : a.items()) {
                entries.add(item instanceof JsonString s ? keyValue(s) : item);
            }
        } else {
            return value;
        }
        return new JsonArray(value.span(), value.pointer(), entries);
    }

    /** {@code KEY=value}: the name and the value each at their own characters when the scalar can be located. */
    private JsonValue keyValue(JsonString s) {
        String text = s.value();
        int eq = text.indexOf('=');
        LocatedText located = LocatedText.of(s, file);
        Map<String, Member> entry = new LinkedHashMap<>();
        String name = eq < 0 ? text : text.substring(0, eq);
        Span nameSpan = located == null ? s.span() : located.span(file, 0, name.length());
        put(entry, "name", nameSpan, new JsonString(nameSpan, s.pointer(), name.trim()));
        if (eq >= 0) {
            Span valueSpan = located == null ? s.span() : located.span(file, eq + 1, text.length());
            JsonString raw = new JsonString(valueSpan, s.pointer(), text.substring(eq + 1));
            put(entry, "value", valueSpan, scalar(raw));
        }
        return new JsonObject(s.span(), s.pointer(), entry);
    }

    /** {@code [db_password]} or {@code [{source: db_password, target: password}]}: the secret comes from its source. */
    private JsonValue secrets(JsonValue value) {
        return list(value, item -> {
            if (item instanceof JsonString s) {
                Map<String, Member> entry = new LinkedHashMap<>();
                put(entry, "name", s.span(), s);
                put(entry, "valueFrom", s.span(), s);
                return new JsonObject(s.span(), s.pointer(), entry);
            }
            if (item instanceof JsonObject o && o.get("source").orElse(null) instanceof JsonString source) {
                Map<String, Member> entry = new LinkedHashMap<>();
                JsonValue target = o.get("target").orElse(source);
                put(entry, "name", o.keySpan(o.has("target") ? "target" : "source"), scalar(target));
                put(entry, "valueFrom", o.keySpan("source"), source);
                return new JsonObject(o.span(), o.pointer(), entry);
            }
            return item;
        });
    }

    /** {@code test} as the command ({@code CMD-SHELL} for a string); none when disabled. */
    private Optional<JsonValue> healthCheck(JsonValue value) {
        if (!(value instanceof JsonObject h)) {
            return Optional.of(value);
        }
        if (h.get("disable").map(d -> d instanceof JsonBoolean b && b.value() || "true".equals(d.text())).orElse(false)) {
            return Optional.empty();
        }
        Map<String, Member> out = new LinkedHashMap<>();
        Optional<Member> test = member(h, "test");
        if (test.isPresent()) {
            JsonValue command = test.get().value();
            if (command instanceof JsonString s) {
                command = new JsonArray(s.span(), s.pointer(), List.of(new JsonString(s.span(), s.pointer(), "CMD-SHELL"),
                        scalar(s)));
            } else {
                command = list(command, this::scalar);
            }
            if (command.elements().size() == 1 && "NONE".equals(command.elements().get(0).text())) {
                return Optional.empty();
            }
            put(out, "command", test.get().keySpan(), command);
        }
        for (String[] key : new String[][] {{"interval", "interval"}, {"timeout", "timeout"},
                {"start_period", "startPeriod"}}) {
            member(h, key[0]).ifPresent(m -> put(out, key[1], m.keySpan(), converted(m.value(), ComposeValues::seconds)));
        }
        member(h, "retries").ifPresent(m -> put(out, "retries", m.keySpan(), m.value()));
        return Optional.of(new JsonObject(h.span(), h.pointer(), out));
    }

    /** {@code deploy.resources.limits} / {@code reservations}, or the older {@code mem_limit}, {@code cpus}. */
    private void limits(JsonObject service, Map<String, Member> out) {
        Optional<JsonObject> resources = service.object("deploy").flatMap(d -> d.object("resources"));
        Optional<JsonObject> limits = resources.flatMap(r -> r.object("limits"));
        Optional<JsonObject> reservations = resources.flatMap(r -> r.object("reservations"));
        limits.flatMap(l -> member(l, "memory")).or(() -> member(service, "mem_limit"))
                .ifPresent(m -> put(out, "memory", m.keySpan(), converted(m.value(), ComposeValues::mebibytes)));
        reservations.flatMap(l -> member(l, "memory")).or(() -> member(service, "mem_reservation"))
                .ifPresent(m -> put(out, "memoryReservation", m.keySpan(), converted(m.value(), ComposeValues::mebibytes)));
        limits.flatMap(l -> member(l, "cpus")).or(() -> member(service, "cpus"))
                .ifPresent(m -> put(out, "cpu", m.keySpan(), converted(m.value(), ComposeValues::cpuUnits)));
    }

    private JsonValue logging(JsonValue value) {
        if (!(value instanceof JsonObject l)) {
            return value;
        }
        Map<String, Member> out = new LinkedHashMap<>();
        member(l, "driver").ifPresent(m -> put(out, "logDriver", m.keySpan(), scalar(m.value())));
        member(l, "options").ifPresent(m -> put(out, "options", m.keySpan(), m.value()));
        return new JsonObject(l.span(), l.pointer(), out);
    }

    /** {@code cap_add} and {@code init}, which ECS keeps in {@code linuxParameters}. */
    private Optional<Member> linuxParameters(JsonObject service) {
        Optional<Member> capAdd = member(service, "cap_add");
        Optional<Member> init = member(service, "init");
        if (capAdd.isEmpty() && init.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Member> out = new LinkedHashMap<>();
        capAdd.ifPresent(m -> {
            Map<String, Member> capabilities = new LinkedHashMap<>();
            put(capabilities, "add", m.keySpan(), list(m.value(), this::scalar));
            put(out, "capabilities", m.keySpan(), new JsonObject(m.value().span(), m.value().pointer(), capabilities));
        });
        init.ifPresent(m -> put(out, "initProcessEnabled", m.keySpan(), flag(m.value())));
        Member first = capAdd.orElseGet(init::get);
        return Optional.of(new Member("linuxParameters", first.keySpan(),
                new JsonObject(first.value().span(), first.value().pointer(), out)));
    }

    /**
     * {@code "8080:80"}, {@code "127.0.0.1:8080:80/tcp"}, {@code 80}, or {@code {target: 80, published: 8080}}.
     * A range or an interpolated port is left unknown.
     */
    private JsonValue port(JsonValue value) {
        Map<String, Member> out = new LinkedHashMap<>();
        if (value instanceof JsonObject o) {
            member(o, "target").ifPresent(m -> put(out, "containerPort", m.keySpan(), m.value()));
            member(o, "published").ifPresent(m -> put(out, "hostPort", m.keySpan(), m.value()));
            return new JsonObject(o.span(), o.pointer(), out);
        }
        JsonValue text = scalar(value);
        if (!(text instanceof JsonString s)) {
            return text;
        }
        String spec = s.value();
        int slash = spec.indexOf('/');
        String ports = slash < 0 ? spec : spec.substring(0, slash);
        String[] parts = ports.split(":");
        String container = parts[parts.length - 1];
        String host = parts.length >= 2 ? parts[parts.length - 2] : null;
        if (container.matches("\\d+")) {
            put(out, "containerPort", s.span(), new JsonNumber(s.span(), s.pointer(), container));
        }
        if (host != null && host.matches("\\d+")) {
            put(out, "hostPort", s.span(), new JsonNumber(s.span(), s.pointer(), host));
        }
        return new JsonObject(s.span(), s.pointer(), out);
    }

    /** {@code [db]} (started) or {@code {db: {condition: service_healthy}}}. */
    private JsonValue dependsOn(JsonValue value) {
        List<JsonValue> out = new ArrayList<>();
        if (value instanceof JsonArray a) {
            for (JsonValue item : a.items()) {
                out.add(dependency(item.span(), item.pointer(), scalar(item), Optional.empty()));
            }
        } else if (value instanceof JsonObject o) {
            for (Member m : o.members().values()) {
                Optional<JsonValue> condition = m.value().asObject().flatMap(c -> c.get("condition"));
                out.add(dependency(m.keySpan(), m.value().pointer(),
                        new JsonString(m.keySpan(), m.value().pointer(), m.key()), condition));
            }
        } else {
            return value;
        }
        return new JsonArray(value.span(), value.pointer(), out);
    }

    private static JsonValue dependency(Span span, String pointer, JsonValue name, Optional<JsonValue> condition) {
        Map<String, Member> entry = new LinkedHashMap<>();
        put(entry, "containerName", name.span(), name);
        condition.ifPresent(c -> {
            String ecs = switch (c.text()) {
                case "service_healthy" -> "HEALTHY";
                case "service_completed_successfully" -> "SUCCESS";
                default -> "START";
            };
            put(entry, "condition", c.span(), new JsonString(c.span(), c.pointer(), ecs));
        });
        return new JsonObject(span, pointer, entry);
    }
}
