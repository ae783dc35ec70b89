package dev.ecslint.robustness;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.ecslint.core.json.ParseProblem;
import dev.ecslint.core.yaml.LocatedYamlReader;

/** The located YAML reader (aliases, tags, CloudFormation short forms): a ParseProblem or a tree. */
class YamlReaderFuzzTest {

    @FuzzTest
    void read(byte[] input) throws Exception {
        Invariants.boundedAllocation(input, () -> {
            try {
                LocatedYamlReader.read(Invariants.text(input));
            } catch (ParseProblem expected) {
                // the reader's own error
            }
        });
    }
}
