package dev.ecslint.core.custom;

import dev.ecslint.core.dockerfile.Dockerfile;
import dev.ecslint.core.dockerfile.Instruction;
import dev.ecslint.core.dockerfile.KeyValue;
import dev.ecslint.core.dockerfile.Stage;
import dev.ecslint.core.dockerfile.Token;
import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonArray;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.json.JsonValue.JsonString;
import dev.ecslint.core.json.JsonValue.Member;
import dev.ecslint.core.model.ImageRef;
import dev.ecslint.core.model.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The small JSON view of a Dockerfile that custom rules' paths run over (DESIGN.md, "Custom rules"; its
 * shape is {@code schemas/dockerfile-view.schema.json}). Every value is located at the text it comes from:
 *
 * <pre>
 * stages[*].from.image      the base image without tag or digest ({@code 123456789012.dkr.ecr.…/base})
 * stages[*].from.tag        its tag, when it has one;  stages[*].from.digest  its digest
 * stages[*].from.stage      instead of image: the earlier stage it builds on ({@code FROM builder})
 * stages[*].name            the stage's name ({@code AS builder})
 * final                     the last stage (from, name) and what the image it builds carries, inherited
 *                           through {@code FROM <stage>}: user, healthcheck, labels.&lt;key&gt;, exposedPorts[*]
 * instructions[*].keyword   every top-level instruction, in upper case
 * </pre>
 *
 * Build arguments and environment variables with a known default are substituted; a value that depends on
 * one without default keeps its {@code $} reference and is unknown, never a violation. Values that are not
 * in the file are absent, so {@code present: true} reports them at the nearest place: a missing user or
 * label at the final stage's {@code FROM}.
 */
final class DockerfileView {

    private DockerfileView() {
    }

    static JsonValue of(Dockerfile dockerfile) {
        Map<String, Member> root = new LinkedHashMap<>();
        List<JsonValue> stages = new ArrayList<>();
        for (Stage stage : dockerfile.stages()) {
            stages.add(object(stage.span(), stageMembers(dockerfile, stage)));
        }
        Span first = dockerfile.stages().get(0).span();
        put(root, "stages", new JsonArray(first, null, stages));
        put(root, "final", finalStage(dockerfile));
        List<JsonValue> instructions = new ArrayList<>();
        for (Instruction i : dockerfile.instructions()) {
            Map<String, Member> members = new LinkedHashMap<>();
            put(members, "keyword", string(i.keywordSpan(), i.keyword()));
            instructions.add(object(i.span(), members));
        }
        put(root, "instructions", new JsonArray(instructions.isEmpty() ? Span.START : instructions.get(0).span(),
                null, instructions));
        return object(Span.START, root);
    }

    private static Map<String, Member> stageMembers(Dockerfile dockerfile, Stage stage) {
        Map<String, Member> members = new LinkedHashMap<>();
        put(members, "from", from(stage));
        stage.alias().ifPresent(alias -> put(members, "name", string(alias.span(), alias.value())));
        return members;
    }

    private static JsonValue from(Stage stage) {
        Token written = stage.baseImage();
        Map<String, Member> members = new LinkedHashMap<>();
        if (stage.baseStage().isPresent()) {
            put(members, "stage", string(written.span(), written.value()));
            return object(written.span(), members);
        }
        if (stage.effectiveImage().isEmpty()) {
            put(members, "image", string(written.span(), written.value())); // keeps its $: unknown
            return object(written.span(), members);
        }
        String text = stage.effectiveImage().get();
        ImageRef image = ImageRef.parse(text);
        // parts are located inside the word only when it is written as it is read (no variable, one line)
        boolean exact = written.raw().equals(text) && written.span().line() == written.span().endLine()
                && written.span().endColumn() - written.span().column() == text.length();
        int leading = text.length() - text.stripLeading().length();
        put(members, "image", part(written.span(), exact, leading, image.name()));
        if (image.hasTag()) {
            int tagStart = text.indexOf(':' + image.tag(), leading + image.name().length()) + 1;
            put(members, "tag", part(written.span(), exact && tagStart > 0, tagStart, image.tag()));
        }
        if (image.hasDigest()) {
            put(members, "digest", part(written.span(), exact, text.lastIndexOf('@') + 1, image.digest()));
        }
        return object(written.span(), members);
    }

    private static JsonString part(Span word, boolean exact, int offset, String value) {
        return string(exact ? Span.of(word.line(), word.column() + offset, value.length()) : word, value);
    }

    /** The final stage, with what its image carries from the stages it builds on. */
    private static JsonValue finalStage(Dockerfile dockerfile) {
        Stage last = dockerfile.finalStage();
        Map<String, Member> members = stageMembers(dockerfile, last);
        List<Stage> chain = new ArrayList<>(); // the final stage first, then what it builds on
        for (Optional<Stage> s = Optional.of(last); s.isPresent() && chain.size() <= dockerfile.stages().size();
                s = s.get().baseStage()) {
            chain.add(s.get());
        }
        lastOf(dockerfile, chain, "USER").ifPresent(user -> put(members, "user", user));
        lastOf(dockerfile, chain, "HEALTHCHECK").ifPresent(check -> put(members, "healthcheck", check));
        Map<String, Member> labels = new LinkedHashMap<>();
        List<JsonValue> ports = new ArrayList<>();
        for (int c = chain.size() - 1; c >= 0; c--) {
            Stage stage = chain.get(c);
            for (Instruction i : stage.instructions()) {
                if (i.is("LABEL")) {
                    for (KeyValue kv : i.keyValues()) {
                        Span at = kv.valueSpan() != null ? kv.valueSpan() : kv.keySpan();
                        String value = kv.hasValue() ? resolved(dockerfile, stage, kv.value()) : "";
                        labels.remove(kv.key()); // a later LABEL replaces, and is reported at its own place
                        labels.put(kv.key(), new Member(kv.key(), kv.keySpan(), string(at, value)));
                    }
                } else if (i.is("EXPOSE")) {
                    for (Token port : i.arguments()) {
                        ports.add(string(port.span(), resolved(dockerfile, stage, port.value())));
                    }
                }
            }
        }
        if (!labels.isEmpty()) {
            Span first = labels.values().iterator().next().keySpan();
            put(members, "labels", new JsonObject(first, null, labels));
        }
        if (!ports.isEmpty()) {
            put(members, "exposedPorts", new JsonArray(ports.get(0).span(), null, ports));
        }
        return object(last.span(), members);
    }

    /** The argument text of the last instruction with that keyword along the chain of stages. */
    private static Optional<JsonValue> lastOf(Dockerfile dockerfile, List<Stage> chain, String keyword) {
        for (Stage stage : chain) {
            Optional<Instruction> found = stage.last(keyword);
            if (found.isPresent()) {
                Token argument = found.get().argumentText();
                return Optional.of(string(argument.span(), resolved(dockerfile, stage, argument.value())));
            }
        }
        return Optional.empty();
    }

    /** The text with the stage's known variables substituted, or as written (with its {@code $}: unknown). */
    private static String resolved(Dockerfile dockerfile, Stage stage, String text) {
        return text.indexOf('$') < 0 ? text : dockerfile.resolve(text, stage).orElse(text);
    }

    private static JsonString string(Span span, String value) {
        return new JsonString(span, null, value);
    }

    private static JsonObject object(Span span, Map<String, Member> members) {
        return new JsonObject(span, null, members);
    }

    private static void put(Map<String, Member> members, String key, JsonValue value) {
        members.put(key, new Member(key, value.span(), value));
    }
}
