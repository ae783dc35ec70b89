package dev.ecslint.core.terraform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ecslint.core.json.ParseProblem;
import dev.ecslint.core.model.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A file parsed once and moved to other lines of a module ({@link LineShift}) is the file parsed at those lines:
 * every span of every block, attribute and expression, on the project's own Terraform files and the corpus.
 */
class LineShiftTest {

    private static final int BASE = 37;

    @Test
    void movedFilesEqualFilesParsedInPlace() throws IOException {
        List<Path> files = new ArrayList<>(terraformFilesUnder(Path.of("../examples")));
        files.addAll(terraformFilesUnder(Path.of("../rules/src/test/resources/terraform")));
        assumeTrue(!files.isEmpty(), "no Terraform files in this checkout");
        int compared = 0;
        for (Path file : files) {
            compared += compare(file) ? 1 : 0;
        }
        assertThat(compared).isGreaterThan(10);
    }

    @Test
    void movedCorpusFilesEqualFilesParsedInPlace() throws IOException {
        for (Path file : TerraformCorpusTest.terraformFiles()) {
            compare(file);
        }
    }

    @Test
    void aFileAtLineZeroIsNotCopied() throws ParseProblem {
        HclBody body = HclParser.parseFile(new PlacedFile(new SourceFile(null, "main.tf", "a = 1\n"), 0));
        assertThat(LineShift.body(body, 0)).isSameAs(body);
    }

    private static boolean compare(Path file) throws IOException {
        SourceFile source = new SourceFile(file, file.getFileName().toString(), Files.readString(file));
        HclBody atZero;
        HclBody inPlace;
        try {
            atZero = TerraformFiles.parse(new PlacedFile(source, 0));
            inPlace = TerraformFiles.parse(new PlacedFile(source, BASE));
        } catch (ParseProblem e) {
            return false; // the scenarios of parse problems: nothing to place
        }
        assertThat(spans(LineShift.body(atZero, BASE))).as(file.toString()).isEqualTo(spans(inPlace));
        assertThat(spans(atZero)).as(file.toString()).isNotEqualTo(spans(inPlace));
        return true;
    }

    private static List<Path> terraformFilesUnder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(f -> TerraformFiles.isTerraform(f.getFileName().toString())).sorted().toList();
        }
    }

    /** Every span of the tree with what it belongs to, in walk order (JSON-syntax blocks included). */
    private static List<String> spans(HclBody body) {
        List<String> out = new ArrayList<>();
        out.add("body " + body.span());
        for (HclAttribute a : body.attributes()) {
            out.add("attribute " + a.name() + ' ' + a.nameSpan() + ' ' + a.span());
            expression(a.value(), out);
        }
        for (HclBlock b : body.blocks()) {
            out.add("block " + b.type() + b.labels() + ' ' + b.header() + ' ' + b.span());
            out.addAll(spans(b.body()));
        }
        return out;
    }

    private static void expression(HclExpression e, List<String> out) {
        out.add(e.getClass().getSimpleName() + ' ' + e.span());
        e.children().forEach(child -> expression(child, out));
    }
}
