package dev.ecslint.robustness;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.ecslint.core.engine.RuleRegistry;
import dev.ecslint.core.grade.RubricException;
import dev.ecslint.core.grade.RubricLoader;

/** The grading rubric: a RubricException naming file and line, or a rubric. */
class RubricFuzzTest {

    private static final RubricLoader LOADER = new RubricLoader(RuleRegistry.load(RubricFuzzTest.class.getClassLoader()));

    @FuzzTest
    void parse(byte[] input) throws Exception {
        Invariants.boundedAllocation(input, () -> {
            try {
                LOADER.parse("rubric.yaml", Invariants.text(input));
            } catch (RubricException expected) {
                // the loader's own error
            }
        });
    }
}
