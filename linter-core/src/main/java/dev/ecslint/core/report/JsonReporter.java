package dev.ecslint.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.ecslint.core.i18n.Localizer;
import dev.ecslint.core.model.Finding;
import dev.ecslint.core.model.Location;
import dev.ecslint.core.model.Severity;
import java.io.IOException;
import java.util.Map;

/**
 * The {@code json} report, a public interface that graders and scripts parse: exactly the shape of
 * DESIGN.md "Reports". Suppressed findings are neither listed nor counted. {@code pointer} appears for
 * structured documents only; {@code ruleName} and {@code fix} are always present ({@code null} when
 * unknown) so that readers can rely on the keys.
 */
public final class JsonReporter implements Reporter {

    private final Localizer texts;

    /** In English. */
    public JsonReporter() {
        this(Localizer.english());
    }

    /** {@code message} and {@code fix} in the run's language; keys and values of the schema never change. */
    public JsonReporter(Localizer texts) {
        this.texts = texts;
    }

    @Override
    public String format() {
        return "json";
    }

    @Override
    public void write(LintReport report, Appendable out) throws IOException {
        try (JsonGenerator json = JsonOutput.open(out)) {
            json.writeStartObject();
            json.writeObjectFieldStart("tool");
            json.writeStringField("name", "ecslint");
            json.writeStringField("version", report.toolVersion());
            json.writeEndObject();
            writeSummary(report, json);
            json.writeArrayFieldStart("findings");
            for (Finding finding : report.activeFindings()) {
                writeFinding(finding, json);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.append('\n');
    }

    private static void writeSummary(LintReport report, JsonGenerator json) throws IOException {
        Map<Severity, Integer> counts = report.countsBySeverity();
        json.writeObjectFieldStart("summary");
        json.writeNumberField("files", report.files().size());
        json.writeNumberField("findings", report.activeFindings().size());
        for (Severity severity : Severity.values()) {
            json.writeNumberField(severity.label(), counts.get(severity));
        }
        json.writeEndObject();
    }

    private void writeFinding(Finding finding, JsonGenerator json) throws IOException {
        Location at = finding.location();
        json.writeStartObject();
        json.writeStringField("ruleId", finding.ruleId());
        JsonOutput.stringField(json, "ruleName", finding.ruleName());
        json.writeStringField("severity", finding.severity().label());
        json.writeStringField("message", texts.render(finding.message()));
        json.writeStringField("path", at.path());
        json.writeNumberField("line", at.line());
        json.writeNumberField("column", at.column());
        json.writeNumberField("endLine", at.endLine());
        json.writeNumberField("endColumn", at.endColumn());
        if (at.pointer() != null) {
            json.writeStringField("pointer", at.pointer());
        }
        JsonOutput.stringField(json, "fix", finding.fix() == null ? null : texts.render(finding.fix()));
        json.writeEndObject();
    }
}
