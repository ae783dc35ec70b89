package dev.ecslint.robustness;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.ecslint.core.json.LocatedJsonReader;
import dev.ecslint.core.json.ParseProblem;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/** The located JSON reader: a ParseProblem or a located tree, nothing else. */
class JsonReaderFuzzTest {

    @FuzzTest
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void read(byte[] input) throws Exception {
        Invariants.boundedAllocation(input, () -> {
            try {
                LocatedJsonReader.read(Invariants.text(input));
            } catch (ParseProblem expected) {
                // the reader's own error: an E001 at its position
            }
        });
    }
}
