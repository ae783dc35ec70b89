package dev.ecslint.robustness;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.ecslint.core.dockerfile.Dockerfile;
import dev.ecslint.core.dockerfile.DockerfileParser;
import dev.ecslint.core.dockerfile.Instruction;
import dev.ecslint.core.dockerfile.ShellCommand;
import dev.ecslint.core.json.ParseProblem;
import dev.ecslint.core.model.SourceFile;

/** The Dockerfile parser and the shell view of every RUN: a ParseProblem or a tree, nothing else. */
class DockerfileFuzzTest {

    @FuzzTest
    void parse(byte[] input) throws Exception {
        Invariants.boundedAllocation(input, () -> {
            Dockerfile dockerfile;
            try {
                dockerfile = DockerfileParser.parse(new SourceFile(null, "Dockerfile", Invariants.text(input)));
            } catch (ParseProblem expected) {
                return;
            }
            for (Instruction i : dockerfile.instructions()) {
                for (ShellCommand c : i.shellScript().allCommands()) {
                    c.toString();
                }
            }
        });
    }
}
