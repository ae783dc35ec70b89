package dev.ecslint.core.testing;

import dev.ecslint.core.json.EmbeddedJson;
import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.json.LocatedJsonReader;
import dev.ecslint.core.json.ParseProblem;
import dev.ecslint.core.model.SourceFile;
import dev.ecslint.core.yaml.LocatedYamlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a scenario expects. Dockerfiles and YAML carry their expectations as comments:
 * <pre>
 * # expect: DF005 "latest"
 * #         ^^^^^^^^^^^      (optional: pins the columns on the target line)
 * FROM node:latest
 * </pre>
 * The target is the next line that is not a marker or caret line. JSON cannot hold comments: a sibling
 * {@code name.expect.yaml} lists {@code - {rule: CT004, at: /pointer, message: "text"}}, and the finding
 * must sit on the pointed value's line. Other files may have a sibling {@code name.expect.yaml} of
 * {@code {rule, line}} entries instead of markers, where a comment cannot stand (inside a heredoc or a
 * CloudFormation policy text in a YAML block scalar).
 */
public final class ExpectationParser {

    private static final Pattern MARKER = Pattern.compile("^\\s*#\\s*expect:\\s*([A-Z]{1,5}\\d{3})(?:\\s+\"(.*)\")?\\s*$");
    private static final Pattern CARETS = Pattern.compile("^\\s*#(\\s*)(\\^+)\\s*$");

    private ExpectationParser() {
    }

    public static List<Expectation> read(Path scenario) throws IOException {
        if (Files.isDirectory(scenario)) { // a module scenario: what its files expect
            List<Expectation> all = new ArrayList<>();
            try (java.util.stream.Stream<Path> files = Files.list(scenario)) {
                for (Path file : files.filter(f -> Files.isRegularFile(f)
                        && !f.getFileName().toString().endsWith(".expect.yaml")).sorted().toList()) {
                    all.addAll(read(file));
                }
            }
            return all;
        }
        String name = scenario.getFileName().toString();
        if (name.endsWith(".json")) {
            Path sibling = scenario.resolveSibling(name.substring(0, name.length() - ".json".length()) + ".expect.yaml");
            return Files.exists(sibling) ? fromSidecar(scenario, sibling) : List.of();
        }
        int dot = name.indexOf('.');
        Path lines = scenario.resolveSibling((dot < 0 ? name : name.substring(0, dot)) + ".expect.yaml");
        if (Files.exists(lines)) {
            return fromSidecarLines(lines); // where a marker cannot stand: inside a heredoc, say
        }
        return fromComments(new SourceFile(scenario, name, Files.readString(scenario, StandardCharsets.UTF_8)));
    }

    static List<Expectation> fromComments(SourceFile source) {
        List<Expectation> expected = new ArrayList<>();
        List<int[]> pendingLines = new ArrayList<>();
        List<Matcher> pending = new ArrayList<>();
        int[] carets = null;
        for (int line = 1; line <= source.lineCount(); line++) {
            String text = source.lineText(line);
            Matcher marker = MARKER.matcher(text);
            Matcher caret = CARETS.matcher(text);
            if (marker.matches()) {
                pending.add(marker);
                pendingLines.add(new int[] {line});
            } else if (!pending.isEmpty() && caret.matches()) {
                int start = text.indexOf('^') + 1;
                carets = new int[] {start, start + caret.group(2).length()};
            } else if (!pending.isEmpty()) {
                for (Matcher m : pending) {
                    expected.add(new Expectation(m.group(1), line, carets == null ? 0 : carets[0],
                            carets == null ? 0 : carets[1], null, m.group(2)));
                }
                pending.clear();
                pendingLines.clear();
                carets = null;
            }
        }
        if (!pending.isEmpty()) {
            throw new IllegalArgumentException(source.displayPath() + ":" + pendingLines.get(0)[0]
                    + ": an expect marker must stand above the line it expects a finding on");
        }
        return expected;
    }

    private static List<Expectation> fromSidecar(Path scenario, Path sidecar) throws IOException {
        try {
            String text = Files.readString(scenario, StandardCharsets.UTF_8);
            JsonValue document = LocatedJsonReader.read(text);
            SourceFile source = new SourceFile(scenario, scenario.getFileName().toString(), text);
            JsonValue list = LocatedYamlReader.read(Files.readString(sidecar, StandardCharsets.UTF_8));
            List<Expectation> expected = new ArrayList<>();
            for (JsonValue item : list.elements()) {
                JsonObject entry = item.asObject().orElseThrow(() -> new IllegalArgumentException(
                        sidecar + ": each entry is {rule, at, message}"));
                String rule = entry.string("rule").orElseThrow(() -> new IllegalArgumentException(
                        sidecar + ": entry without rule"));
                String pointer = entry.string("at").orElse("");
                JsonValue target = resolve(document, pointer, source);
                if (target == null) {
                    throw new IllegalArgumentException(sidecar + ": pointer " + pointer + " names nothing in "
                            + scenario.getFileName());
                }
                int line = entry.get("line").map(v -> Integer.parseInt(v.text())).orElse(target.span().line());
                expected.add(new Expectation(rule, line, 0, 0, pointer, entry.string("message").orElse(null)));
            }
            return expected;
        } catch (ParseProblem e) {
            // a scenario that is invalid JSON on purpose (E001) pins its line in the sidecar instead
            return fromSidecarLines(sidecar);
        }
    }

    private static List<Expectation> fromSidecarLines(Path sidecar) throws IOException {
        try {
            JsonValue list = LocatedYamlReader.read(Files.readString(sidecar, StandardCharsets.UTF_8));
            List<Expectation> expected = new ArrayList<>();
            for (JsonValue item : list.elements()) {
                JsonObject entry = item.asObject().orElseThrow();
                expected.add(new Expectation(entry.string("rule").orElseThrow(),
                        Integer.parseInt(entry.get("line").orElseThrow(() -> new IllegalArgumentException(
                                sidecar + ": an invalid JSON scenario must give each expectation a line")).text()),
                        0, 0, null, entry.string("message").orElse(null)));
            }
            return expected;
        } catch (ParseProblem e) {
            throw new IllegalArgumentException(sidecar + ": " + e.getMessage(), e);
        }
    }

    /** Follows an RFC 6901 pointer through a located tree. */
    public static JsonValue resolve(JsonValue root, String pointer) {
        return resolve(root, pointer, null);
    }

    /**
     * Follows a pointer through a located tree and, given the source, on into a JSON document embedded in
     * a string value ({@code /lifecyclePolicyText/rules/0}), as {@link EmbeddedJson} locates it.
     */
    public static JsonValue resolve(JsonValue root, String pointer, SourceFile source) {
        if (pointer.isEmpty()) {
            return root;
        }
        JsonValue at = root;
        for (String raw : pointer.substring(1).split("/", -1)) {
            String step = raw.replace("~1", "/").replace("~0", "~");
            if (at instanceof JsonValue.JsonString s && source != null) {
                try {
                    at = EmbeddedJson.read(s, source);
                } catch (ParseProblem e) {
                    return null;
                }
            }
            if (at instanceof JsonObject o) {
                at = o.get(step).orElse(null);
            } else if (at instanceof JsonValue.JsonArray a) {
                int index;
                try {
                    index = Integer.parseInt(step);
                } catch (NumberFormatException e) {
                    return null;
                }
                at = index < a.items().size() ? a.items().get(index) : null;
            } else {
                return null;
            }
            if (at == null) {
                return null;
            }
        }
        return at;
    }
}
