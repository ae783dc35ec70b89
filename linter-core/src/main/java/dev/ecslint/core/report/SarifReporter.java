package dev.ecslint.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.ecslint.core.i18n.Localizer;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.Finding;
import dev.ecslint.core.model.Location;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * SARIF 2.1.0, as GitHub code scanning reads it (reference/ecosystem.md §2): one run; {@code tool.driver}
 * with one descriptor per rule that ran (never twice: GitHub rejects duplicate rules); a result per
 * finding, suppressed ones carried with {@code suppressions}; paths as relative URIs against
 * {@code %SRCROOT%}; {@code partialFingerprints.primaryLocationLineHash} from {@link Fingerprints}, as the
 * REST upload does not compute it. Always a complete log, also with zero results.
 */
public final class SarifReporter implements Reporter {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String INFORMATION_URI = "https://github.com/ecslint/ecslint";
    static final String SOURCE_ROOT = "%SRCROOT%";

    private static final Pattern SEMANTIC_VERSION = Pattern.compile(
            "\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?");

    private final String sourceRootUri;
    private final Localizer texts;

    /** %SRCROOT% described but not located: the log stays the same on every machine. In English. */
    public SarifReporter() {
        this(Localizer.english());
    }

    /** In the run's language: results' messages and rules' descriptions; ids and the schema never change. */
    public SarifReporter(Localizer texts) {
        this.sourceRootUri = null;
        this.texts = texts;
    }

    /** %SRCROOT% located at {@code sourceRoot} (the directory relative paths start from). In English. */
    public SarifReporter(Path sourceRoot) {
        this(sourceRoot, Localizer.english());
    }

    /** %SRCROOT% located at {@code sourceRoot}, in the run's language. */
    public SarifReporter(Path sourceRoot, Localizer texts) {
        String uri = sourceRoot.toAbsolutePath().normalize().toUri().toString();
        this.sourceRootUri = uri.endsWith("/") ? uri : uri + "/";
        this.texts = texts;
    }

    @Override
    public String format() {
        return "sarif";
    }

    @Override
    public Sink start(Appendable out) throws IOException {
        // the rules come before the results in the log, and which rules ran is known only at the end:
        // results wait in a spill, each ruleIndex a mark filled in when the rules are numbered
        JsonOutput.Spliced log = new JsonOutput.Spliced(json -> {
            json.writeStartObject();
            json.writeArrayFieldStart("runs");
            json.writeStartObject();
            json.writeArrayFieldStart("results");
        });
        Map<String, String> findingRules = new TreeMap<>();
        return new Sink() {
            @Override
            public void file(FileReport file) throws IOException {
                Fingerprints fingerprints = Fingerprints.of(file);
                List<Finding> findings = file.findings();
                for (int i = 0; i < findings.size(); i++) {
                    Finding finding = findings.get(i);
                    findingRules.putIfAbsent(finding.ruleId(), finding.ruleName());
                    writeResult(finding, fingerprints.primaryLocationLineHash(i), log.body());
                }
            }

            @Override
            public void finish(ReportSummary summary) throws IOException {
                List<Descriptor> descriptors = descriptors(summary.rules(), findingRules);
                Map<String, String> ruleIndex = new HashMap<>();
                for (int i = 0; i < descriptors.size(); i++) {
                    ruleIndex.put(descriptors.get(i).id(), Integer.toString(i));
                }
                log.finish(out, json -> {
                    json.writeStartObject();
                    json.writeStringField("$schema", SCHEMA);
                    json.writeStringField("version", "2.1.0");
                    json.writeArrayFieldStart("runs");
                    json.writeStartObject();
                    writeTool(summary.toolVersion(), descriptors, json);
                    writeOriginalUriBaseIds(json);
                    json.writeArrayFieldStart("results");
                }, json -> {
                    json.writeEndArray();
                    json.writeStringField("columnKind", "utf16CodeUnits");
                    json.writeEndObject();
                    json.writeEndArray();
                    json.writeEndObject();
                }, ruleIndex::get);
            }
        };
    }

    /** What a rule descriptor is written from: the rule's metadata, or only what a finding knows of it. */
    private record Descriptor(String id, String name, RuleMeta meta) { }

    private static List<Descriptor> descriptors(List<RuleMeta> rules, Map<String, String> findingRules) {
        Map<String, Descriptor> byId = new TreeMap<>();
        for (RuleMeta meta : rules) {
            byId.putIfAbsent(meta.id(), new Descriptor(meta.id(), meta.name(), meta));
        }
        // A finding of a rule outside the run's rules (an engine finding, say) still needs a valid ruleIndex.
        findingRules.forEach((id, name) -> byId.putIfAbsent(id, new Descriptor(id, name, null)));
        return new ArrayList<>(byId.values());
    }

    private void writeTool(String version, List<Descriptor> descriptors, JsonGenerator json)
            throws IOException {
        json.writeObjectFieldStart("tool");
        json.writeObjectFieldStart("driver");
        json.writeStringField("name", "ecslint");
        json.writeStringField("version", version);
        if (version != null && SEMANTIC_VERSION.matcher(version).matches()) {
            json.writeStringField("semanticVersion", version);
        }
        json.writeStringField("informationUri", INFORMATION_URI);
        json.writeArrayFieldStart("rules");
        for (Descriptor descriptor : descriptors) {
            writeRule(descriptor, json);
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    private void writeRule(Descriptor descriptor, JsonGenerator json) throws IOException {
        RuleMeta meta = descriptor.meta();
        String label = descriptor.id() + (descriptor.name() == null ? "" : " " + descriptor.name());
        json.writeStartObject();
        json.writeStringField("id", descriptor.id());
        if (descriptor.name() != null) {
            json.writeStringField("name", descriptor.name());
        }
        textObject(json, "shortDescription", meta != null && RuleMarkdown.present(texts.title(meta)) ? texts.title(meta)
                : label);
        textObject(json, "fullDescription",
                meta != null && RuleMarkdown.present(texts.rationale(meta)) ? texts.rationale(meta).strip() : label);
        json.writeObjectFieldStart("help");
        json.writeStringField("text", meta == null ? label : RuleMarkdown.plainText(meta, texts));
        json.writeStringField("markdown", meta == null ? label : RuleMarkdown.markdown(meta, texts));
        json.writeEndObject();
        if (RuleFamilies.isBuiltIn(descriptor.id().replaceAll("\\d+$", ""))) {
            // docs/rules.md documents the built-in rules only; a custom or rule-jar rule is described above
            json.writeStringField("helpUri", RuleReference.helpUri(descriptor.id(), texts.language()));
        }
        if (meta != null && meta.severity() != null) {
            json.writeObjectFieldStart("defaultConfiguration");
            json.writeStringField("level", level(meta.severity()));
            json.writeEndObject();
        }
        writeRuleProperties(descriptor, json);
        json.writeEndObject();
    }

    private static void writeRuleProperties(Descriptor descriptor, JsonGenerator json) throws IOException {
        RuleMeta meta = descriptor.meta();
        boolean security = meta != null && meta.category() == Category.SECURITY;
        json.writeObjectFieldStart("properties");
        json.writeArrayFieldStart("tags");
        json.writeString(descriptor.id().replaceAll("\\d+$", ""));
        if (meta != null && meta.category() != null) {
            json.writeString(meta.category().label());
        }
        json.writeEndArray();
        // Rule metadata carries no precision; every built-in rule fires on a syntactic fact, not a guess.
        json.writeStringField("precision", "high");
        if (security && meta.severity() != null) {
            json.writeStringField("security-severity", securitySeverity(meta.severity()));
        } else if (meta != null && meta.severity() != null) {
            json.writeStringField("problem.severity", problemSeverity(meta.severity()));
        }
        json.writeEndObject();
    }

    private void writeOriginalUriBaseIds(JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("originalUriBaseIds");
        json.writeObjectFieldStart(SOURCE_ROOT);
        if (sourceRootUri != null) {
            json.writeStringField("uri", sourceRootUri);
        } else {
            // SARIF §3.14.14: a base whose absolute URI the producer leaves open is described instead.
            textObject(json, "description", texts.text("report.sarif.sourceRoot"));
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private void writeResult(Finding finding, String lineHash, JsonGenerator json)
            throws IOException {
        Location at = finding.location();
        json.writeStartObject();
        json.writeStringField("ruleId", finding.ruleId());
        json.writeFieldName("ruleIndex");
        json.writeRawValue(Spill.MARK + finding.ruleId() + Spill.MARK);
        json.writeStringField("level", level(finding.severity()));
        textObject(json, "message", texts.render(finding.message()));
        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        json.writeObjectFieldStart("physicalLocation");
        json.writeObjectFieldStart("artifactLocation");
        String uri = uri(at.path());
        json.writeStringField("uri", uri);
        if (!isAbsolute(at.path())) {
            json.writeStringField("uriBaseId", SOURCE_ROOT);
        }
        json.writeEndObject();
        json.writeObjectFieldStart("region");
        json.writeNumberField("startLine", at.line());
        json.writeNumberField("startColumn", at.column());
        json.writeNumberField("endLine", at.endLine());
        json.writeNumberField("endColumn", at.endColumn());
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndArray();
        json.writeObjectFieldStart("partialFingerprints");
        json.writeStringField("primaryLocationLineHash", lineHash);
        json.writeEndObject();
        if (finding.suppressed()) {
            json.writeArrayFieldStart("suppressions");
            json.writeStartObject();
            json.writeStringField("kind", finding.suppression().inSource() ? "inSource" : "external");
            String justification = texts.render(finding.suppression().justification());
            if (RuleMarkdown.present(justification)) {
                json.writeStringField("justification", justification.strip());
            }
            json.writeEndObject();
            json.writeEndArray();
        }
        if (at.pointer() != null) {
            json.writeObjectFieldStart("properties");
            json.writeStringField("pointer", at.pointer());
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void textObject(JsonGenerator json, String field, String text) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeStringField("text", text);
        json.writeEndObject();
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO, STYLE -> "note";
        };
    }

    private static String securitySeverity(Severity severity) {
        return switch (severity) {
            case ERROR -> "8.0";
            case WARNING -> "5.0";
            case INFO -> "3.0";
            case STYLE -> "1.0";
        };
    }

    private static String problemSeverity(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO, STYLE -> "recommendation";
        };
    }

    private static boolean isAbsolute(String path) {
        String slashed = path.replace('\\', '/');
        return slashed.startsWith("/") || slashed.matches("[A-Za-z]:/.*");
    }

    /**
     * A display path as a URI reference: relative paths stay relative (against %SRCROOT%), absolute ones
     * become {@code file:} URIs; every byte outside RFC 3986's unreserved set and {@code /} is
     * percent-encoded, so spaces, {@code #}, {@code :} and non-ASCII names survive.
     */
    static String uri(String path) {
        String slashed = path.replace('\\', '/');
        if (slashed.matches("[A-Za-z]:/.*")) {
            return "file:///" + slashed.substring(0, 2) + percentEncode(slashed.substring(2));
        }
        if (slashed.startsWith("//")) {
            return "file:" + percentEncode(slashed);
        }
        if (slashed.startsWith("/")) {
            return "file://" + percentEncode(slashed);
        }
        return percentEncode(slashed);
    }

    private static String percentEncode(String path) {
        StringBuilder out = new StringBuilder(path.length());
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            boolean keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
            if (keep) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
