package dev.ecslint.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.ecslint.core.grade.Submission;
import dev.ecslint.core.grade.SubmissionLimits;
import dev.ecslint.core.grade.SubmissionReader;
import dev.ecslint.core.grade.SubmissionSource;
import java.nio.file.Files;
import java.nio.file.Path;

/** A zip submission: read never throws; whatever is wrong becomes a finding, a note or the reason it is not graded. */
class SubmissionZipFuzzTest {

    private static final SubmissionReader READER = new SubmissionReader(SubmissionLimits.DEFAULT);

    @FuzzTest
    void read(byte[] input) throws Exception {
        Path dir = Files.createTempDirectory("ecslint-fuzz");
        Path zip = dir.resolve("student.zip");
        try {
            Files.write(zip, input);
            Invariants.boundedAllocation(input, () -> {
                Submission s = READER.read(new SubmissionSource("student", zip, SubmissionSource.Type.ZIP));
                assertThat(s.id()).isEqualTo("student");
            });
        } finally {
            Files.deleteIfExists(zip);
            Files.deleteIfExists(dir);
        }
    }
}
