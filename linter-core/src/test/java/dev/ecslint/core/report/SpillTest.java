package dev.ecslint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** What waits for a report's totals is held in a bounded amount of memory, then in a temporary file. */
class SpillTest {

    @Test
    void aLongBodyGoesToATemporaryFileAndComesBackWhole() throws Exception {
        String line = "    {\"ruleId\": \"DF001\", \"line\": 7},\n";
        StringBuilder expected = new StringBuilder();
        try (Spill spill = new Spill()) {
            while (spill.length() < 3L << 20) {
                spill.write(line);
                expected.append(line);
            }
            assertThat(spill.inMemory()).as("held in memory past 1 MiB").isLessThanOrEqualTo(1 << 20);
            StringWriter out = new StringWriter();
            spill.copyTo(out, 4);
            assertThat(out.toString()).isEqualTo(expected.substring(4));
        }
    }

    @Test
    void marksAreFilledInWhenReadBack() throws Exception {
        try (Spill spill = new Spill()) {
            spill.write("\"ruleIndex\": " + Spill.MARK + "DF001" + Spill.MARK + ", \"x\": " + Spill.MARK + "CT004"
                    + Spill.MARK);
            StringWriter out = new StringWriter();
            spill.copyTo(out, 0, id -> id.equals("DF001") ? "3" : "12");
            assertThat(out.toString()).isEqualTo("\"ruleIndex\": 3, \"x\": 12");
        }
    }
}
