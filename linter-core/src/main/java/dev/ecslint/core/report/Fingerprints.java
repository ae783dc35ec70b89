package dev.ecslint.core.report;

import dev.ecslint.core.model.Finding;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Identities of findings that survive edits elsewhere in a file: built from the rule id, the path and
 * the trimmed text of the finding's source line — never the line number — plus an occurrence counter
 * that tells apart identical lines in the same file (the scheme of GitHub's
 * {@code primaryLocationLineHash}, computed by {@code codeql-action/src/fingerprints.ts}). A line
 * holding a secret is hashed with the secret masked ({@link CodeFrame#visibleLine}).
 *
 * <p>Occurrences are counted over every finding, suppressed ones included, so that suppressing one
 * finding never changes the identity of another.
 */
public final class Fingerprints {

    private static final int LONG_LINE = 1000;

    /** Per finding: what identifies its line, and which occurrence of that identity in the file it is. */
    private final List<String> identities;
    private final int[] occurrences;

    private Fingerprints(List<String> identities, int[] occurrences) {
        this.identities = identities;
        this.occurrences = occurrences;
    }

    /** Fingerprints of every finding of {@code report}, in the order of {@link LintReport#findings()}. */
    public static Fingerprints of(LintReport report) {
        return of(report.findings(), report::snippet);
    }

    /**
     * Fingerprints of the findings of one file, in the order of {@link FileReport#findings()}: the same as
     * in the whole report (occurrences count within a path).
     */
    public static Fingerprints of(FileReport file) {
        return of(file.findings(), file::snippet);
    }

    private static Fingerprints of(List<Finding> findings, Function<Finding, String> snippet) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> identities = new ArrayList<>(findings.size());
        int[] occurrences = new int[findings.size()];
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            String identity = finding.ruleId() + '\u0000' + finding.location().path() + '\u0000'
                    + lineIdentity(finding, snippet.apply(finding));
            identities.add(identity);
            occurrences[i] = seen.merge(identity, 1, Integer::sum);
        }
        return new Fingerprints(identities, occurrences);
    }

    /**
     * The trimmed visible line; on a long line (a minified document) the finding's frame instead, so that
     * hashing stays proportional to the findings, not to findings times the line's length.
     */
    private static String lineIdentity(Finding finding, String snippet) {
        return snippet.length() <= LONG_LINE ? CodeFrame.visibleLine(finding, snippet).trim()
                : CodeFrame.of(finding, snippet).source().trim();
    }

    /** SARIF {@code partialFingerprints.primaryLocationLineHash}: {@code <hex>:<occurrence>}. */
    public String primaryLocationLineHash(int findingIndex) {
        return sha256(identities.get(findingIndex)).substring(0, 32) + ":" + occurrences[findingIndex];
    }

    /** A SHA-256 hex digest unique per finding of the report (GitLab Code Quality, baselines). */
    public String issueFingerprint(int findingIndex) {
        return sha256(identities.get(findingIndex) + '\u0000' + occurrences[findingIndex]);
    }

    /** The SHA-256 digest of the text's UTF-8 bytes, in lower-case hex. */
    public static String sha256(String text) {
        return Sha256.hex(text.getBytes(StandardCharsets.UTF_8));
    }
}
