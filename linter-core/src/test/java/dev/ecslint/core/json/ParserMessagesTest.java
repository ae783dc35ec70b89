package dev.ecslint.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecslint.core.dockerfile.DockerfileParser;
import dev.ecslint.core.model.SourceFile;
import dev.ecslint.core.yaml.LocatedYamlReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** A parse error names the position and the kind of token, never the file's text. */
class ParserMessagesTest {

    private static final String SECRET = "hunter2hunter2";

    private static void failsWithoutEchoing(Executable parse, String... hidden) {
        assertThatThrownBy(parse::execute).isInstanceOfSatisfying(ParseProblem.class, e -> {
            for (String text : hidden) {
                assertThat(e.getMessage()).doesNotContain(text);
            }
            assertThat(e.span().line()).isPositive();
        });
    }

    @Test
    void jsonErrorsDoNotQuoteTokens() {
        failsWithoutEchoing(() -> LocatedJsonReader.read("{\"password\": " + SECRET + "}"), SECRET, "hunter");
        failsWithoutEchoing(() -> LocatedJsonReader.read("root:x:0:0:root:/root:/bin/bash\n"), "root", "bash");
        failsWithoutEchoing(() -> LocatedJsonReader.read("{\"AKIAIOSFODNN7EXAMPLE\": 1, \"AKIAIOSFODNN7EXAMPLE\": 2}"),
                "AKIA");
        failsWithoutEchoing(() -> LocatedJsonReader.read("{\"a\": 1 " + SECRET + "}"), SECRET);
        failsWithoutEchoing(() -> LocatedJsonReader.read("{\"a\": 0" + "9".repeat(300) + "}"), "99999");
    }

    @Test
    void yamlErrorsDoNotQuoteNamesOrLines() {
        failsWithoutEchoing(() -> LocatedYamlReader.read("a: *" + SECRET + "\n"), SECRET);
        failsWithoutEchoing(() -> LocatedYamlReader.read("password: \"" + SECRET + "\n"), SECRET);
        failsWithoutEchoing(() -> LocatedYamlReader.read("password: " + SECRET + "\n\t- x: [\n"), SECRET);
        failsWithoutEchoing(() -> LocatedYamlReader.read("AKIAIOSFODNN7EXAMPLE: 1\nAKIAIOSFODNN7EXAMPLE: 2\n"), "AKIA");
        failsWithoutEchoing(() -> LocatedYamlReader.read("x: !!java.net.URL " + SECRET + "\n"), SECRET, "java.net");
        failsWithoutEchoing(() -> LocatedYamlReader.read("a: &" + SECRET + " 1\nb: &" + SECRET + " 2\nc: {" + SECRET),
                SECRET);
    }

    @Test
    void dockerfileErrorsDoNotQuoteCredentialsOrLongWords() {
        failsWithoutEchoing(() -> DockerfileParser.parse(new SourceFile(null, "Dockerfile",
                "FROM alpine\nAKIAIOSFODNN7EXAMPLE run\n")), "AKIA");
        failsWithoutEchoing(() -> DockerfileParser.parse(new SourceFile(null, "Dockerfile",
                "FROM alpine\nENV " + "x".repeat(100) + "\n")), "xxxxxxxx");
    }

    @Test
    void parserVocabularyAndPunctuationStay() {
        assertThat(ParserMessages.withoutContent("Unexpected character ('}' (code 125)): was expecting a value"))
                .isEqualTo("Unexpected character ('}' (code 125)): was expecting a value");
        assertThat(ParserMessages.withoutContent("expected <block end>, but found '<scalar>'"))
                .isEqualTo("expected <block end>, but found '<scalar>'");
        assertThat(ParserMessages.withoutContent("found character '\\t' that cannot start any token"))
                .isEqualTo("found character '\\t' that cannot start any token");
        assertThat(ParserMessages.withoutContent("expected 'x' here\nsecond line")).isEqualTo("expected '\u2026' here");
        assertThat(ParserMessages.keyToShow("containerDefinitions")).contains("containerDefinitions");
        assertThat(ParserMessages.keyToShow("ghp_" + "a".repeat(36))).isEmpty();
        assertThat(ParserMessages.keyToShow("has space")).isEmpty();
    }
}
