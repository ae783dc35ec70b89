package dev.ecslint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleReferenceTest {

    @Test
    void everyRuleHasTheAnchorSarifLinksTo() {
        String markdown = RuleReference.markdown(ReportFixture.rules());

        for (RuleMeta meta : ReportFixture.rules()) {
            String helpUri = RuleReference.helpUri(meta.id());
            String anchor = helpUri.substring(helpUri.indexOf('#') + 1);
            assertThat(markdown).contains("<a id=\"" + anchor + "\"></a>\n### " + meta.id() + " " + meta.name());
            assertThat(markdown).contains("| [" + meta.id() + "](#" + anchor + ") |");
        }
    }

    @Test
    void outputDoesNotDependOnTheOrderOfTheInput() {
        List<RuleMeta> shuffled = new ArrayList<>(ReportFixture.rules());
        Collections.reverse(shuffled);

        assertThat(RuleReference.markdown(shuffled)).isEqualTo(RuleReference.markdown(ReportFixture.rules()));
    }

    @Test
    void familiesFollowTheCatalogOrderAndUnknownFamiliesComeLast() {
        List<RuleMeta> rules = new ArrayList<>(ReportFixture.rules());
        rules.add(minimal("ACM001", "house-rule"));

        String markdown = RuleReference.markdown(rules);

        assertThat(markdown.indexOf("## E — engine")).isLessThan(markdown.indexOf("## DF — Dockerfiles"));
        assertThat(markdown.indexOf("## DF — Dockerfiles")).isLessThan(markdown.indexOf("## CT — containers"));
        assertThat(markdown.indexOf("## LP — ECR lifecycle policies")).isLessThan(markdown.indexOf("## ACM\n"));
    }

    @Test
    void examplesAreFencedInTheirLanguageAndFencesOutgrowBackticksInTheCode() {
        RuleMeta meta = RuleMeta.builder("DF099", "odd-example").title("An odd example")
                .severity(Severity.INFO).category(Category.MAINTAINABILITY).kinds(DocumentKind.DOCKERFILE)
                .rationale("Because.").fix("Fix it.")
                .bad("Dockerfile.prod", "FROM x\nRUN echo ```\n")
                .good("compose.yml", "services: {}\n")
                .references("Docker docs: https://docs.docker.com/reference/dockerfile/", "RULES.md")
                .build();

        String section = RuleReference.section(meta);

        assertThat(section).contains("````dockerfile\nFROM x\nRUN echo ```\n````");
        assertThat(section).contains("```yaml\nservices: {}\n```");
        assertThat(section).contains("- [Docker docs](https://docs.docker.com/reference/dockerfile/)\n- RULES.md");
    }

    @Test
    void exampleLanguagesComeFromTheFileName() {
        assertThat(RuleMarkdown.language("Dockerfile")).isEqualTo("dockerfile");
        assertThat(RuleMarkdown.language("api.Dockerfile")).isEqualTo("dockerfile");
        assertThat(RuleMarkdown.language("Containerfile")).isEqualTo("dockerfile");
        assertThat(RuleMarkdown.language("task-definition.json")).isEqualTo("json");
        assertThat(RuleMarkdown.language("template.yaml")).isEqualTo("yaml");
        assertThat(RuleMarkdown.language("notes.txt")).isEqualTo("text");
    }

    @Test
    void kindsAreListedInTheirDeclaredOrder() {
        RuleMeta meta = RuleMeta.builder("CT099", "kinds").title("Kinds").severity(Severity.INFO)
                .kinds(DocumentKind.COMPOSE, DocumentKind.TASK_DEFINITION, DocumentKind.CLOUDFORMATION).build();

        assertThat(RuleReference.section(meta))
                .contains("- Applies to: `task-definition`, `cloudformation`, `compose`\n");
    }

    @Test
    void pipesInTitlesDoNotBreakTheSummaryTable() {
        RuleMeta meta = RuleMeta.builder("DF098", "pipes").title("Avoid curl | sh").severity(Severity.WARNING).build();

        assertThat(RuleReference.markdown(List.of(meta))).contains("| Avoid curl \\| sh |");
    }

    static RuleMeta minimal(String id, String name) {
        return RuleMeta.builder(id, name).title("A house rule").severity(Severity.WARNING).build();
    }
}
