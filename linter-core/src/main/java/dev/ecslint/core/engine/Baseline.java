package dev.ecslint.core.engine;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.ecslint.core.config.ConfigException;
import dev.ecslint.core.i18n.Message;
import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.json.LocatedJsonReader;
import dev.ecslint.core.json.ParseProblem;
import dev.ecslint.core.model.Finding;
import dev.ecslint.core.report.FileReport;
import dev.ecslint.core.report.Fingerprints;
import dev.ecslint.core.report.JsonOutput;
import dev.ecslint.core.report.LintReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A baseline lets an existing repository adopt the gate: {@code ecslint baseline} records the
 * fingerprints of today's findings, and later runs suppress exactly those (fingerprints survive edits
 * elsewhere in a file, see {@link Fingerprints}), so only new findings fail the build.
 */
public final class Baseline {

    private final Set<String> fingerprints;

    private Baseline(Set<String> fingerprints) {
        this.fingerprints = Set.copyOf(fingerprints);
    }

    /** Reads a baseline file; a missing file is an empty baseline (the first run writes it). */
    public static Baseline read(Path file) throws ConfigException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return new Baseline(Set.of());
        } catch (IOException e) {
            throw ConfigException.in(file, Message.of("baseline.unreadable")
                    .verbatim("detail", String.valueOf(e.getMessage())));
        }
        try {
            JsonValue root = LocatedJsonReader.read(text);
            Set<String> found = new HashSet<>();
            JsonObject doc = root.asObject().orElseThrow(() -> ConfigException.at(file, 1, 1,
                    Message.of("baseline.notObject")));
            for (JsonValue entry : doc.array("findings")) {
                entry.asObject().flatMap(o -> o.string("fingerprint")).ifPresent(found::add);
            }
            return new Baseline(found);
        } catch (ParseProblem e) {
            throw ConfigException.at(file, e.span().line(), e.span().column(), e.message());
        }
    }

    /** The report with every finding recorded in this baseline suppressed. */
    public LintReport apply(LintReport report) {
        return fingerprints.isEmpty() ? report
                : report.withFindings(suppressKnown(report.findings(), Fingerprints.of(report)));
    }

    /** The file with every finding recorded in this baseline suppressed (the same as in the whole report). */
    public FileReport apply(FileReport file) {
        return fingerprints.isEmpty() ? file : file.withFindings(suppressKnown(file.findings(), Fingerprints.of(file)));
    }

    private List<Finding> suppressKnown(List<Finding> all, Fingerprints ids) {
        List<Finding> findings = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            Finding f = all.get(i);
            boolean known = !f.suppressed() && fingerprints.contains(ids.issueFingerprint(i));
            findings.add(known ? f.suppressedBy(new Finding.Suppression(false, Message.of("suppression.baseline"))) : f);
        }
        return findings;
    }

    /** The baseline of a report's active findings, as JSON: reviewable in a diff, sorted. */
    public static String write(LintReport report) {
        Fingerprints ids = Fingerprints.of(report);
        List<String[]> entries = new ArrayList<>();
        for (int i = 0; i < report.findings().size(); i++) {
            Finding f = report.findings().get(i);
            if (!f.suppressed()) {
                entries.add(new String[] {f.location().path(), f.ruleId(), ids.issueFingerprint(i)});
            }
        }
        entries.sort((a, b) -> String.join("\u0000", a).compareTo(String.join("\u0000", b)));
        StringBuilder out = new StringBuilder();
        try (JsonGenerator json = JsonOutput.open(out)) {
            json.writeStartObject();
            json.writeStringField("tool", "ecslint");
            json.writeArrayFieldStart("findings");
            for (String[] e : entries) {
                json.writeStartObject();
                json.writeStringField("path", e[0]);
                json.writeStringField("ruleId", e[1]);
                json.writeStringField("fingerprint", e[2]);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string cannot fail", e);
        }
        return out + "\n";
    }
}
