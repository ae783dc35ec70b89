package dev.ecslint.core.terraform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ecslint.core.json.ParseProblem;
import dev.ecslint.core.model.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every Terraform file of the shared corpus is read without a parse problem (they are all valid Terraform). */
class TerraformCorpusTest {

    static List<Path> terraformFiles() throws IOException {
        String shared = System.getProperty("ecslint.shared");
        assumeTrue(shared != null, "ecslint.shared is not set");
        Path dir = Path.of(shared, "corpus", "terraform");
        assumeTrue(Files.isDirectory(dir), "no corpus folder " + dir);
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(f -> TerraformFiles.isTerraform(f.getFileName().toString()))
                    .sorted().toList();
        }
    }

    @Test
    void everyCorpusFileIsRead() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> files = terraformFiles();
        for (Path file : files) {
            PlacedFile placed = new PlacedFile(new SourceFile(file, file.toString(),
                    Files.readString(file, StandardCharsets.UTF_8)), 0);
            try {
                TerraformFiles.parse(placed);
            } catch (ParseProblem e) {
                problems.add(file + ":" + e.span().line() + ":" + e.span().column() + " " + e.getMessage());
            }
        }
        assertThat(files).hasSizeGreaterThan(100);
        assertThat(problems).isEmpty();
    }
}
