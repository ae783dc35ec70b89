package dev.ecslint.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonArray;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.json.JsonValue.JsonTagged;
import dev.ecslint.core.json.ParseProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The simple reader is only a faster way to SnakeYAML's tree: wherever it reads a text, its located tree (every
 * value, type, tag, span, key span, pointer and key order) must be the one SnakeYAML's path gives.
 */
class SimpleYamlReaderTest {

    /** Per file; {@code -Dyaml.mutations=1000} searches harder. */
    private static final int MUTATIONS = Integer.getInteger("yaml.mutations", 30);

    @Test
    void readsEveryYamlFileOfTheTestResourcesAsSnakeYamlDoes() {
        List<Path> files = yamlFiles(Path.of("src", "test", "resources"), Path.of("..", "rules", "src", "test", "resources"),
                Path.of("..", "examples"));
        assertThat(files).hasSizeGreaterThan(100);
        int simple = compareAll(files);
        assertThat(simple).isPositive();
    }

    @Test
    void readsTheSharedCorpusAsSnakeYamlDoes() {
        Path corpus = sharedCorpus();
        assumeTrue(Files.isDirectory(corpus), "../shared/corpus is absent");
        List<Path> templates = yamlFiles(corpus.resolve("cloudformation"));
        List<Path> compose = yamlFiles(corpus.resolve("compose"));
        int simpleTemplates = compareAll(templates);
        int simpleCompose = compareAll(compose);
        System.out.printf("simple reader: %d of %d templates, %d of %d compose files%n",
                simpleTemplates, templates.size(), simpleCompose, compose.size());
        // most real templates are in the subset: else the reader is no faster than SnakeYAML
        assertThat(simpleTemplates).isGreaterThan(templates.size() * 3 / 4);
    }

    /**
     * Texts a little off the corpus (a character deleted, inserted or a line doubled, seeded so that a failure
     * repeats): each must be read as SnakeYAML reads it, or left to SnakeYAML.
     */
    @Test
    void readsSlightlyBrokenTextsAsSnakeYamlDoesOrLeavesThem() {
        // the project's own examples and rule scenarios, so that a clone without ../shared tests this too
        List<Path> files = yamlFiles(Path.of("..", "examples"), Path.of("..", "rules", "src", "test", "resources"),
                sharedCorpus().resolve("cloudformation"), sharedCorpus().resolve("compose"));
        Random random = new Random(14);
        int read = 0;
        String inserts = " :-#'\"[]{}!|>\n\\,?&*~0y";
        for (Path file : files) {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                continue;
            }
            if (text.isEmpty()) {
                continue;
            }
            for (int round = 0; round < MUTATIONS; round++) {
                int at = random.nextInt(text.length());
                String mutated = switch (round % 3) {
                    case 0 -> text.substring(0, at) + text.substring(at + 1);
                    case 1 -> text.substring(0, at) + inserts.charAt(random.nextInt(inserts.length())) + text.substring(at);
                    default -> {
                        int lineStart = text.lastIndexOf('\n', at) + 1;
                        int lineEnd = text.indexOf('\n', at);
                        String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd + 1);
                        yield text.substring(0, lineStart) + line + text.substring(lineStart);
                    }
                };
                if (compare(file + " mutation " + round + " at " + at, mutated)) {
                    read++;
                }
            }
        }
        System.out.printf("simple reader: %d of %d slightly broken texts%n", read, files.size() * MUTATIONS);
        assertThat(read).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a: 1\nb: 0x1F\nc: 1_000\nd: 1:30\ne: .5\nf: -.inf\ng: 1e3\nh: 0o17\ni: +12\n",
        "a: yes\nb: No\nc: on\nd: OFF\ne: y\nf: n\ng: true\nh: False\ni: ~\nj: null\nk: Null\nl: NULL\nm:\n",
        "a: 2001-12-14t21:59:43.10-05:00\nb: 2002-12-14\nc: =\nd: <<x\ne: '<<'\n'<<': 1\n",
        "a: b c  # comment\nb: 'it''s'\nc: \"q \\\" \\\\ \\/ \\n \\t\"\nd: -x\ne: x#y\nf: 'a' # c\n",
        "Resources:\n  A:\n    Type: X\n    Properties:\n      List:\n      - a\n      - b: 1\n        c: 2\n      -\n      - - x\n",
        "a:\n- 1\n- 2\nb:\n  - x\n  -\n    y: 1\nc: 3\n",
        "a: !Ref x\nb: !GetAtt A.B\nc: !Join ['', [a, !Ref b, 'c']]\nd: !If\n  - C\n  - !Ref x\n  - !Ref AWS::NoValue\ne: !Ref\nf: !Sub |\n  x ${y}\n",
        "a: [a, b, ]\nb: {Ref: x}\nc: {a: 1, b: [2, 3]}\nd: []\ne: {}\nf: [a:b, c]\ng: [a: 1]\nh: [ 'x' , \"y\" ]\n",
        "a: |\n  one\n  two\n\nb: |-\n  one\n\n\nc: |+\n  keep\n\n\nd: >\n  folded\n  text\n\n  para\n    more\n  back\ne: >-\n  x\n",
        "a: |\n\n    deep\n  shallow\nb: |\n  # not a comment\n  x\n# comment\nc: >\n a\n",
        "a: multi\n  line\nb: 1\n",
        "a: &x 1\nb: *x\n",
        "a: 1\na: 2\n",
        "base: &b {x: 1}\nd:\n  <<: *b\n",
        "---\na: 1\n",
        "--- # doc\na: 1\n...\n",
        "a: 1\n---\nb: 2\n",
        "a: 'unterminated\n",
        "a: \"x\\u0041\"\n",
        "a: b: c\n",
        "  a: 1\n  b:\n    c: 2\n",
        "a:\n  b: 1\n c: 2\n",
        "a: [1,\n  2]\n",
        "a: |1\n  x\n",
        "a: !!str 1\n",
        "a: ! x\n",
        "a:\n  !Ref x\n",
        "a: -\n",
        "- a\n- b\n",
        "a: 1\n- b\n",
        "? a\n: b\n",
        "a: 'x'y\n",
        "a: x\n  # comment\nb: 2\n",
        "a: x\n\n  y\n",
        "a: [x] y\n",
        "a: {b: }\n",
        "a: [!Ref b, !GetAtt [c, d]]\n",
        "\"quoted key\": 1\n'single': 2\nkey with spaces : 3\n",
        "a: x\r\nb: y\r\n",
        "a:\tb\n",
        "a: \u00e9t\u00e9 \u4e2d\u6587\n",
        "a: \uD83D\uDE00\n",
        "# only a comment\n",
        "",
        "a: 1\nb:\n",
        "a:\n  -\n",
        "a: |\n  x",
        "a: x",
        "a: 'x'   ",
        "a: [1, 2]  # c\nb: {x: 'y'} # c\n",
        "a:\n  - b\n  - c:\n      d: |\n        text\n      e: 1\n  - f\n",
    })
    void readsEdgeCasesAsSnakeYamlDoesOrLeavesThem(String text) {
        compare("edge case", text);
    }

    private static int compareAll(List<Path> files) {
        int simple = 0;
        for (Path file : files) {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                continue; // not UTF-8: no YAML reader sees it
            }
            if (compare(file.toString(), text)) {
                simple++;
            }
        }
        return simple;
    }

    /** True when the simple reader read the text (and matched SnakeYAML's tree). */
    private static boolean compare(String name, String text) {
        JsonValue simple = SimpleYamlReader.read(text);
        if (simple == null) {
            return false;
        }
        try {
            assertThat(describe(simple)).as(name).isEqualTo(describe(LocatedYamlReader.readWithSnakeYaml(text)));
        } catch (ParseProblem e) {
            fail(name + ": the simple reader read a text SnakeYAML rejects: " + e.message());
        }
        return true;
    }

    /** Every node in document order: kind, pointer, span, value; members in order with their key spans. */
    static String describe(JsonValue value) {
        StringBuilder out = new StringBuilder();
        describe(value, out);
        return out.toString();
    }

    private static void describe(JsonValue value, StringBuilder out) {
        out.append(value.getClass().getSimpleName()).append(' ').append(value.pointer()).append(' ')
                .append(value.span());
        if (value instanceof JsonObject object) {
            out.append('\n');
            object.members().values().forEach(member -> {
                out.append("key ").append(member.key()).append(' ').append(member.keySpan()).append('\n');
                describe(member.value(), out);
            });
        } else if (value instanceof JsonArray array) {
            out.append('\n');
            array.items().forEach(item -> describe(item, out));
        } else if (value instanceof JsonTagged tagged) {
            out.append(' ').append(tagged.tag()).append('\n');
            describe(tagged.argument(), out);
        } else {
            out.append(' ').append(value).append('\n');
        }
    }

    private static List<Path> yamlFiles(Path... roots) {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> all = Files.walk(root)) {
                all.filter(Files::isRegularFile)
                        .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                        .sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    private static Path sharedCorpus() {
        String shared = System.getProperty("ecslint.shared");
        Path base = shared != null ? Path.of(shared) : Path.of("..", "shared");
        if (!Files.isDirectory(base)) {
            base = Path.of("..", "..", "shared");
        }
        return base.resolve("corpus");
    }
}
