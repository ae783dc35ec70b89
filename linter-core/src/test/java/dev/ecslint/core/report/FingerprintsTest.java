package dev.ecslint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecslint.core.model.Finding;
import dev.ecslint.core.model.Location;
import dev.ecslint.core.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class FingerprintsTest {

    private static Finding latest(String path, int line) {
        return new Finding("DF005", "latest-tag", Severity.WARNING, "image uses latest",
                new Location(path, line, 6, line, 17, null), null, null);
    }

    private static LintReport reportOf(List<Finding> findings, List<String> lines) {
        ReportFixture.Builder run = new ReportFixture.Builder();
        for (int i = 0; i < findings.size(); i++) {
            run.add(findings.get(i), lines.get(i));
        }
        return run.build("0.1.0", List.of("Dockerfile"));
    }

    @Test
    void fingerprintsStayWhenTheFindingMovesDownThreeLines() {
        LintReport before = reportOf(List.of(latest("Dockerfile", 2)), List.of("FROM node:latest"));
        LintReport after = reportOf(List.of(latest("Dockerfile", 5)), List.of("FROM node:latest"));

        assertThat(Fingerprints.of(after).primaryLocationLineHash(0))
                .isEqualTo(Fingerprints.of(before).primaryLocationLineHash(0));
        assertThat(Fingerprints.of(after).issueFingerprint(0)).isEqualTo(Fingerprints.of(before).issueFingerprint(0));
    }

    @Test
    void sarifAndGitlabOutputsStayWhenEveryFindingMovesDownThreeLines() {
        LintReport fixture = ReportFixture.report();
        ReportFixture.Builder shifted = new ReportFixture.Builder();
        for (Finding finding : fixture.findings()) {
            Location at = finding.location();
            Location moved = new Location(at.path(), at.line() + 3, at.column(), at.endLine() + 3, at.endColumn(),
                    at.pointer());
            shifted.add(new Finding(finding.ruleId(), finding.ruleName(), finding.severity(), finding.message(), moved,
                    finding.fix(), finding.suppression()), fixture.snippet(finding));
        }
        LintReport moved = shifted.build(fixture.toolVersion(), fixture.files());

        assertThat(hashes(moved)).isEqualTo(hashes(fixture));
    }

    private static List<String> hashes(LintReport report) {
        Fingerprints fingerprints = Fingerprints.of(report);
        return java.util.stream.IntStream.range(0, report.findings().size())
                .mapToObj(i -> fingerprints.primaryLocationLineHash(i) + " " + fingerprints.issueFingerprint(i))
                .toList();
    }

    @Test
    void identicalLinesInOneFileAreToldApartByAnOccurrenceCounter() {
        LintReport report = reportOf(List.of(latest("Dockerfile", 1), latest("Dockerfile", 7)),
                List.of("FROM node:latest", "  FROM node:latest  "));

        Fingerprints fingerprints = Fingerprints.of(report);

        String first = fingerprints.primaryLocationLineHash(0);
        String second = fingerprints.primaryLocationLineHash(1);
        assertThat(first).endsWith(":1");
        assertThat(second).endsWith(":2");
        assertThat(first.substring(0, first.indexOf(':'))).isEqualTo(second.substring(0, second.indexOf(':')));
        assertThat(fingerprints.issueFingerprint(0)).isNotEqualTo(fingerprints.issueFingerprint(1));
    }

    @Test
    void theRuleThePathAndTheLineTextAllCount() {
        Finding other = new Finding("DF006", "untagged-image", Severity.WARNING, "image has no tag",
                new Location("Dockerfile", 1, 6, 1, 17, null), null, null);
        LintReport report = reportOf(List.of(latest("Dockerfile", 1), other, latest("Dockerfile", 3)),
                List.of("FROM node:latest", "FROM node:latest", "FROM python:latest"));
        LintReport otherFile = reportOf(List.of(latest("app/Dockerfile", 1)), List.of("FROM node:latest"));

        Fingerprints fingerprints = Fingerprints.of(report);

        assertThat(List.of(fingerprints.primaryLocationLineHash(0), fingerprints.primaryLocationLineHash(1),
                fingerprints.primaryLocationLineHash(2), Fingerprints.of(otherFile).primaryLocationLineHash(0)))
                .doesNotHaveDuplicates();
    }

    @Test
    void aSecretOnTheLineIsHashedMasked() {
        Finding secret = new Finding("CT004", "secret-in-environment", Severity.ERROR, "holds a literal secret (hu***)",
                new Location("task.json", 4, 12, 4, 22, null), null, null);
        LintReport first = reportOf(List.of(secret), List.of("  \"value\": \"hunter22\""));
        LintReport second = reportOf(List.of(secret), List.of("  \"value\": \"hu-other\""));

        assertThat(Fingerprints.of(first).issueFingerprint(0)).isEqualTo(Fingerprints.of(second).issueFingerprint(0));
    }
}
