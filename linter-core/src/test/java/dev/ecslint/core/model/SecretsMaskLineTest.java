package dev.ecslint.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SecretsMaskLineTest {

    @Test
    void markedRegionsKeepTwoCharactersAndTheLineLength() {
        String line = "    {\"name\": \"DB_PASSWORD\", \"value\": \"mypassword123\"},";
        int start = line.indexOf("\"mypassword123\"");
        String masked = Secrets.maskLine(line, List.<int[]>of(new int[] {start, start + 15}));
        assertThat(masked).hasSameSizeAs(line).contains("\"my***********\"").doesNotContain("password123");
    }

    @Test
    void credentialsOfKnownFormatsAreMaskedWhateverFindingPointsThere() {
        assertThat(Secrets.maskLine("{\"name\": \"AWS_ACCESS_KEY_ID\", \"value\": \"AKIAIOSFODNN7EXAMPLE\"}", List.of()))
                .contains("AK******************").doesNotContain("IOSFODNN");
        assertThat(Secrets.maskLine("ENV DB_URL=postgres://app:s3cr3tpw@db:5432/app", List.of()))
                .contains("app:s3******@db").doesNotContain("s3cr3tpw");
        assertThat(Secrets.maskLine("ENV DB_URL=postgres://app:${PW}@db/app", List.of())).contains("${PW}");
    }

    @Test
    void valuesOfSecretLikeNamesAreMaskedWithoutAFinding() {
        assertThat(Secrets.maskLine("{\"name\":\"DB_PASSWORD\",\"value\":\"hunter2hunter2\"", List.of()))
                .contains("\"hu************\"").doesNotContain("hunter2hunter2");
        assertThat(Secrets.maskLine("  \"apiToken\": \"abcdef123456\", \"region\": \"eu\"", List.of()))
                .contains("ab**********").contains("\"eu\"");
        assertThat(Secrets.maskLine("ENV DB_PASSWORD=hunter2hunter2 MODE=prod", List.of())).doesNotContain("hunter2");
        assertThat(Secrets.maskLine("      DB_PASSWORD: hunter2hunter2", List.of())).endsWith("hu************");
        assertThat(Secrets.maskLine("  \"name\": \"web\", \"value\": \"visible\", \"PASSWORD_FILE\": \"/run/s\"", List.of()))
                .contains("visible").contains("/run/s");
    }

    @Test
    void overlappingRegionsAreMaskedOnceAndKeepTheirLength() {
        String line = "x=\"AKIAIOSFODNN7EXAMPLE\" y";
        String masked = Secrets.maskLine(line, List.of(new int[] {2, 24}, new int[] {3, 10}, new int[] {0, 1}));
        assertThat(masked).hasSameSizeAs(line).isEqualTo("x=\"AK******************\" y");
    }

    @Test
    void aTokenGluedToOtherCharactersIsStillMasked() {
        String jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U";
        assertThat(Secrets.maskLine("Bearer-" + jwt, List.of())).doesNotContain("eyJzdWIi");
        assertThat(Secrets.maskLine("token=" + jwt, List.of())).startsWith("token=ey*");
    }
}
