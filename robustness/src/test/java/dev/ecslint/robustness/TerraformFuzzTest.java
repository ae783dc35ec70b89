package dev.ecslint.robustness;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.ecslint.core.json.ParseProblem;
import dev.ecslint.core.model.SourceFile;
import dev.ecslint.core.terraform.PlacedFile;
import dev.ecslint.core.terraform.TerraformFiles;

/** The HCL reader, native syntax ({@code main.tf}) and JSON syntax ({@code main.tf.json}). */
class TerraformFuzzTest {

    @FuzzTest
    void parse(byte[] input) throws Exception {
        boolean json = input.length > 0 && (input[0] & 1) == 1;
        Invariants.boundedAllocation(input, () -> {
            try {
                TerraformFiles.parse(new PlacedFile(new SourceFile(null, json ? "main.tf.json" : "main.tf",
                        Invariants.text(input)), 0));
            } catch (ParseProblem expected) {
                // the reader's own error
            }
        });
    }
}
