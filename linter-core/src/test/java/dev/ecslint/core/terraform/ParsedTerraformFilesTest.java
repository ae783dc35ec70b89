package dev.ecslint.core.terraform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecslint.core.json.ParseProblem;
import dev.ecslint.core.model.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A run parses each Terraform file once, whichever file of its module asks for it first. */
class ParsedTerraformFilesTest {

    private static final Path MAIN = Path.of("module", "main.tf");
    private static final Path ECR = Path.of("module", "ecr.tf");

    private final List<Path> reads = new ArrayList<>();
    private final FileAccess disk = path -> {
        reads.add(path);
        return Optional.of("resource \"aws_ecr_repository\" \"app\" {\n  name = \"app\"\n}\n");
    };

    @Test
    void aSiblingIsReadAndParsedOncePerRun() {
        ParsedTerraformFiles run = ParsedTerraformFiles.forRun();
        HclBody first = run.sibling(ECR, disk).orElseThrow().body();
        HclBody second = run.sibling(ECR.toAbsolutePath(), disk).orElseThrow().body();
        assertThat(second).isSameAs(first);
        assertThat(reads).hasSize(1);
    }

    @Test
    void theLintedTextDecidesWhenTheFileChangedSinceItWasReadAsASibling() throws ParseProblem {
        ParsedTerraformFiles run = ParsedTerraformFiles.forRun();
        HclBody asSibling = run.sibling(ECR, disk).orElseThrow().body();
        String same = "resource \"aws_ecr_repository\" \"app\" {\n  name = \"app\"\n}\n";
        assertThat(run.parse(new SourceFile(ECR, "ecr.tf", same))).isSameAs(asSibling);
        HclBody changed = run.parse(new SourceFile(ECR, "ecr.tf", "locals {\n  a = 1\n}\n"));
        assertThat(changed.blocks()).extracting(HclBlock::type).containsExactly("locals");
    }

    @Test
    void aFileThatDoesNotParseIsAProblemEachTimeItIsLinted() {
        ParsedTerraformFiles run = ParsedTerraformFiles.forRun();
        SourceFile broken = new SourceFile(MAIN, "main.tf", "resource \"aws_ecs_service\" {\n");
        assertThatThrownBy(() -> run.parse(broken)).isInstanceOf(ParseProblem.class);
        assertThatThrownBy(() -> run.parse(broken)).isInstanceOf(ParseProblem.class);
    }

    @Test
    void withoutACacheEveryRequestReadsTheFile() {
        ParsedTerraformFiles none = ParsedTerraformFiles.none();
        none.sibling(ECR, disk);
        none.sibling(ECR, disk);
        assertThat(reads).hasSize(2);
    }
}
