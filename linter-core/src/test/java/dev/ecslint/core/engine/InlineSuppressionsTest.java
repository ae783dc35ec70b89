package dev.ecslint.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecslint.core.i18n.Localizer;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.Finding;
import dev.ecslint.core.model.Location;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import dev.ecslint.core.model.SourceFile;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The peers' pragmas and the scopes each format gives them, independent of any real rule. */
class InlineSuppressionsTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    private static final RuleMeta ROOT = meta("DF001", "root-user", "DL3002", "DS002", "CKV_DOCKER_8");
    private static final RuleMeta CONTAINER_ROOT = meta("CT001", "root-user-container", "CKV_AWS_999",
            "AVD-AWS-0036");

    /** Lines count as units: a comment covers the next line; Checkov's comment the whole file. */
    private static final InlineSuppressions.Units LINES = new InlineSuppressions.Units() {
        @Override
        public InlineSuppressions.LineRange following(int commentLine) {
            return new InlineSuppressions.LineRange(commentLine + 1, commentLine + 1);
        }

        @Override
        public InlineSuppressions.LineRange enclosing(int commentLine) {
            return InlineSuppressions.LineRange.WHOLE_FILE;
        }
    };

    @Test
    void trivyIdsMatchInEverySpellingAndSeveralCanShareALine() {
        String text = "#trivy:ignore:DS002\nA\n# trivy:ignore:DS-0002 - reviewed\nB\n#trivy:ignore:avd-ds-0002\nC\n"
                + "#trivy:ignore:AWS-0036 #trivy:ignore:AVD-DS-0002\nD\n#trivy:ignore:DS003\nE\n";
        InlineSuppressions s = scan(text, LINES);
        assertThat(suppressed(s, "DF001", 2, 4, 6, 8, 10)).containsExactly(true, true, true, true, false);
        assertThat(suppressed(s, "CT001", 8)).containsExactly(true);
    }

    @Test
    void anExpiredTrivyIgnoreNoLongerApplies() {
        InlineSuppressions s = scan("#trivy:ignore:DS002:exp:2025-05-31\nA\n#trivy:ignore:DS002:exp:2025-06-01\nB\n",
                LINES);
        assertThat(suppressed(s, "DF001", 2, 4)).containsExactly(false, true);
    }

    @Test
    void checkovSkipsCoverTheUnitThatHoldsThemAndKeepTheirReason() {
        InlineSuppressions s = scan("A\n#checkov:skip=CKV_DOCKER_8:runs gosu first\nB\nC\n", LINES);
        assertThat(suppressed(s, "DF001", 1, 3, 4)).containsExactly(true, true, true);
        assertThat(Localizer.english().render(s.match(finding("DF001", 4), true).justification()))
                .isEqualTo("runs gosu first");
        assertThat(suppressed(scan("# bridgecrew:skip=CKV_DOCKER_8\nA\n", LINES), "DF001", 2)).containsExactly(true);
        assertThat(s.match(finding("DF001", 3), false)).isNotNull();
        assertThat(scan("#checkov:skip=CKV_DOCKER_8\nA\n", LINES).match(finding("DF001", 2), true))
                .as("require-reason: a skip without a reason does not count").isNull();
    }

    @Test
    void hadolintPragmasFollowHadolintsGrammar() {
        String text = "# hadolint ignore=DL3002 # the entrypoint drops privileges\nA\n"
                + "# hadolint ignore=crazy,DL3002\nB\n# hadolint ignore=SC2086, DL3002\nC\n# hadolint ignore=DF001\nD\n";
        InlineSuppressions s = scan(text, LINES);
        assertThat(suppressed(s, "DF001", 2, 4, 6, 8)).containsExactly(true, false, true, false);
        assertThat(Localizer.english().render(s.match(finding("DF001", 2), false).justification()))
                .isEqualTo("the entrypoint drops privileges");
    }

    @Test
    void ecslintCommentsNameRulesByIdNameOrAPeersId() {
        InlineSuppressions s = scan("# ecslint ignore=root-user\nA\n# ecslint ignore=DL3002 -- legacy\nB\n"
                + "# ecslint global ignore=CT001\nC\n", LINES);
        assertThat(suppressed(s, "DF001", 2, 4, 6)).containsExactly(true, true, false);
        assertThat(suppressed(s, "CT001", 2, 99)).containsExactly(true, true);
    }

    @Test
    void aPragmaMustBeAWholeLineComment() {
        InlineSuppressions s = scan("RUN echo # hadolint ignore=DL3002\nA\n", LINES);
        assertThat(suppressed(s, "DF001", 2)).containsExactly(false);
    }

    @Test
    void inYamlCheckovSkipsTheResourceThatHoldsTheCommentAndTrivyTheKeyAfterIt() {
        String template = String.join("\n",
                "Resources:",                           // 1
                "  Api:",                               // 2
                "    #checkov:skip=CKV_AWS_999:mirror", // 3
                "    Type: AWS::ECS::TaskDefinition",   // 4
                "    Properties:",                      // 5
                "      User: root",                     // 6
                "  #trivy:ignore:AVD-AWS-0036",         // 7
                "  Worker:",                            // 8
                "    Type: AWS::ECS::TaskDefinition",   // 9
                "    Properties:",                      // 10
                "      User: root",                     // 11
                "  Other:",                             // 12
                "    Properties:",                      // 13
                "      User: root",                     // 14
                "");
        SourceFile source = new SourceFile(Path.of("template.yaml"), "template.yaml", template);
        InlineSuppressions s = InlineSuppressions.scan(source, List.of(ROOT, CONTAINER_ROOT),
                InlineSuppressions.yaml(source), TODAY);
        assertThat(suppressed(s, "CT001", 2, 6, 8, 11, 14)).containsExactly(true, true, true, true, false);
    }

    @Test
    void aFileWithoutPragmasNeverIndexesTheRules() {
        // the rules' names and peers' ids are indexed for the first pragma only (docs/benchmarks.md)
        List<RuleMeta> untouchable = new java.util.AbstractList<>() {
            @Override
            public RuleMeta get(int index) {
                throw new AssertionError("the rules were indexed");
            }

            @Override
            public int size() {
                throw new AssertionError("the rules were indexed");
            }
        };
        InlineSuppressions s = InlineSuppressions.scan(new SourceFile(Path.of("Dockerfile"), "Dockerfile",
                "# a comment\nFROM alpine # hadolint ignore=DL3002\n# checkov is mentioned\nRUN true\n"), untouchable, LINES, TODAY);
        assertThat(s).isSameAs(InlineSuppressions.NONE);
        assertThat(suppressed(scan("# a comment\n# hadolint ignore=DL3002\nA\n", LINES), "DF001", 3)).containsExactly(true);
    }

    private static InlineSuppressions scan(String text, InlineSuppressions.Units units) {
        return InlineSuppressions.scan(new SourceFile(Path.of("Dockerfile"), "Dockerfile", text), List.of(ROOT, CONTAINER_ROOT),
                units, TODAY);
    }

    private static List<Boolean> suppressed(InlineSuppressions s, String ruleId, int... lines) {
        return java.util.Arrays.stream(lines).mapToObj(line -> s.match(finding(ruleId, line), false) != null).toList();
    }

    private static Finding finding(String ruleId, int line) {
        return new Finding(ruleId, "name", Severity.ERROR, "message", new Location("f", line, 1, line, 2, null), null,
                null);
    }

    private static RuleMeta meta(String id, String name, String... equivalents) {
        return RuleMeta.builder(id, name).title("t").severity(Severity.ERROR).category(Category.SECURITY)
                .kinds(DocumentKind.DOCKERFILE).rationale("r").fix("f").equivalents(equivalents).build();
    }
}
