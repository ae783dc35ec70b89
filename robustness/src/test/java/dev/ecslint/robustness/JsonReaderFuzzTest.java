package dev.ecslint.robustness;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.ecslint.core.json.LocatedJsonReader;
import dev.ecslint.core.json.ParseProblem;

/** The located JSON reader: a ParseProblem or a located tree, nothing else. */
class JsonReaderFuzzTest {

    @FuzzTest
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
