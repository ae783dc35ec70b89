package dev.ecslint.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.ecslint.core.i18n.Localizer;
import dev.ecslint.core.model.Finding;
import dev.ecslint.core.model.Severity;
import java.io.IOException;
import java.util.List;

/**
 * GitLab Code Quality ({@code artifacts:reports:codequality}): a JSON array of issues with
 * {@code description}, {@code check_name}, {@code fingerprint}, {@code severity} and
 * {@code location.path} + {@code location.lines}. Severity mapping: error → critical, warning → major,
 * info → minor, style → info (GitLab's scale is info &lt; minor &lt; major &lt; critical &lt; blocker;
 * blocker is left for nothing we report, as no single lint finding blocks more than an error does).
 * The fingerprint is unique per issue and stable under line shifts ({@link Fingerprints}); GitLab
 * shows only the first issue of a repeated fingerprint.
 */
public final class GitlabReporter implements Reporter {

    private final Localizer texts;

    /** In English. */
    public GitlabReporter() {
        this(Localizer.english());
    }

    public GitlabReporter(Localizer texts) {
        this.texts = texts;
    }

    @Override
    public String format() {
        return "gitlab";
    }

    @Override
    public Sink start(Appendable out) throws IOException {
        JsonGenerator json = JsonOutput.open(out);
        json.writeStartArray();
        return new Sink() {
            @Override
            public void file(FileReport file) throws IOException {
                Fingerprints fingerprints = Fingerprints.of(file);
                List<Finding> findings = file.findings();
                for (int i = 0; i < findings.size(); i++) {
                    Finding finding = findings.get(i);
                    if (!finding.suppressed()) {
                        writeIssue(finding, fingerprints.issueFingerprint(i), json);
                    }
                }
            }

            @Override
            public void finish(ReportSummary summary) throws IOException {
                json.writeEndArray();
                json.close();
                out.append('\n');
            }
        };
    }

    private void writeIssue(Finding finding, String fingerprint, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("description", finding.ruleId()
                + (finding.ruleName() == null ? "" : " " + finding.ruleName()) + ": " + texts.render(finding.message()));
        json.writeStringField("check_name", finding.ruleId());
        json.writeStringField("fingerprint", fingerprint);
        json.writeStringField("severity", severity(finding.severity()));
        json.writeObjectFieldStart("location");
        json.writeStringField("path", finding.location().path());
        json.writeObjectFieldStart("lines");
        json.writeNumberField("begin", finding.location().line());
        json.writeNumberField("end", finding.location().endLine());
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndObject();
    }

    static String severity(Severity severity) {
        return switch (severity) {
            case ERROR -> "critical";
            case WARNING -> "major";
            case INFO -> "minor";
            case STYLE -> "info";
        };
    }
}
