package dev.ecslint.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.ecslint.core.i18n.Localizer;
import dev.ecslint.core.model.Finding;
import dev.ecslint.core.model.Location;
import dev.ecslint.core.model.Severity;
import java.io.IOException;

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
    public Sink start(Appendable out) throws IOException {
        JsonOutput.Spliced document = new JsonOutput.Spliced(json -> {
            json.writeStartObject();
            json.writeArrayFieldStart("findings");
        });
        return new Sink() {
            @Override
            public void file(FileReport file) throws IOException {
                for (Finding finding : file.activeFindings()) {
                    writeFinding(finding, document.body());
                }
            }

            @Override
            public void finish(ReportSummary summary) throws IOException {
                document.finish(out, json -> {
                    json.writeStartObject();
                    json.writeObjectFieldStart("tool");
                    json.writeStringField("name", "ecslint");
                    json.writeStringField("version", summary.toolVersion());
                    json.writeEndObject();
                    writeSummary(summary, json);
                    json.writeArrayFieldStart("findings");
                }, json -> {
                    json.writeEndArray();
                    json.writeEndObject();
                }, null);
            }
        };
    }

    private static void writeSummary(ReportSummary summary, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("summary");
        json.writeNumberField("files", summary.files());
        json.writeNumberField("findings", summary.findings());
        for (Severity severity : Severity.values()) {
            json.writeNumberField(severity.label(), summary.counts().get(severity));
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
