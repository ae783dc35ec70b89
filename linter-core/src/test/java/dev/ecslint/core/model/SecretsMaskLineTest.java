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
}
