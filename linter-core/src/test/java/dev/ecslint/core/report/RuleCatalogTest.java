package dev.ecslint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecslint.core.model.Severity;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleCatalogTest {

    @Test
    void allRulesInAlignedColumnsInCatalogOrder() {
        assertThat(RuleCatalog.table(ReportFixture.rules(), Set.of(), null)).isEqualTo("""
                ID     NAME                   SEVERITY  TITLE
                E002   schema-violation       error     Documents must match the AWS API shape
                DF001  root-user              error     Run the final stage as a non-root user
                DF005  latest-tag             warning   Pin image versions instead of using latest
                DF020  consecutive-run        style     Join consecutive RUN instructions
                DF030  instruction-casing     style     Write instructions in upper case
                CT004  secret-in-environment  error     Keep secrets out of container environment variables
                CT010  missing-health-check   warning   Give essential containers a health check
                TD010  missing-task-role      info      Give the task its own least-privilege role
                LP003  untagged-never-expire  warning   Expire untagged images
                """);
    }

    @Test
    void filtersByFamilyAndMinimumSeverity() {
        assertThat(RuleCatalog.table(ReportFixture.rules(), Set.of("df", "CT"), Severity.WARNING)).isEqualTo("""
                ID     NAME                   SEVERITY  TITLE
                DF001  root-user              error     Run the final stage as a non-root user
                DF005  latest-tag             warning   Pin image versions instead of using latest
                CT004  secret-in-environment  error     Keep secrets out of container environment variables
                CT010  missing-health-check   warning   Give essential containers a health check
                """);
    }

    @Test
    void saysSoWhenNothingMatches() {
        assertThat(RuleCatalog.table(ReportFixture.rules(), Set.of("SV"), null)).isEqualTo("no rules match the filters\n");
    }
}
