package dev.ecslint.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.model.Span;
import dev.ecslint.core.testing.ExpectationParser;
import org.junit.jupiter.api.Test;

class LocatedJsonReaderTest {

    private static final String TASK = """
            {
              "family": "web",
              "containerDefinitions": [
                {
                  "name": "app",
                  "environment": [
                    {"name": "DB_PASSWORD", "value": "mypassword123"}
                  ],
                  "memory": 512
                }
              ]
            }
            """;

    @Test
    void recordsLineColumnAndPointerOfNestedValues() throws ParseProblem {
        JsonValue root = LocatedJsonReader.read(TASK);
        JsonValue value = ExpectationParser.resolve(root, "/containerDefinitions/0/environment/0/value");
        assertThat(value.text()).isEqualTo("mypassword123");
        assertThat(value.pointer()).isEqualTo("/containerDefinitions/0/environment/0/value");
        assertThat(value.span()).isEqualTo(new Span(7, 42, 7, 57));
        JsonValue memory = ExpectationParser.resolve(root, "/containerDefinitions/0/memory");
        assertThat(memory.span()).isEqualTo(new Span(9, 17, 9, 20));
    }

    @Test
    void objectsSpanFromBraceToBraceAndKeepKeySpans() throws ParseProblem {
        JsonObject container = (JsonObject) ExpectationParser.resolve(LocatedJsonReader.read(TASK),
                "/containerDefinitions/0");
        assertThat(container.span().line()).isEqualTo(4);
        assertThat(container.span().endLine()).isEqualTo(10);
        assertThat(container.keySpan("memory")).isEqualTo(new Span(9, 7, 9, 15));
    }

    @Test
    void columnsCountCharactersNotBytes() throws ParseProblem {
        JsonValue value = ExpectationParser.resolve(LocatedJsonReader.read("{\"설명\": \"한국어\", \"x\": 1}"), "/x");
        assertThat(value.span().column()).isEqualTo(20);
    }

    @Test
    void malformedJsonStopsWithThePosition() {
        assertThatThrownBy(() -> LocatedJsonReader.read("{\n  \"family\": \"web\",\n  \"cpu\": ,\n}"))
                .isInstanceOfSatisfying(ParseProblem.class, e -> {
                    assertThat(e.span().line()).isEqualTo(3);
                    assertThat(e.span().column()).isEqualTo(10);
                    assertThat(e.getMessage()).startsWith("invalid JSON");
                });
    }

    @Test
    void truncatedDocumentSaysSo() {
        assertThatThrownBy(() -> LocatedJsonReader.read("{\"rules\": ["))
                .isInstanceOfSatisfying(ParseProblem.class,
                        e -> assertThat(e.getMessage()).contains("ends before every object and array is closed"));
    }

    @Test
    void duplicateKeysAreAnError() {
        assertThatThrownBy(() -> LocatedJsonReader.read("{\"cpu\": 1,\n \"cpu\": 2}"))
                .isInstanceOfSatisfying(ParseProblem.class, e -> {
                    assertThat(e.getMessage()).contains("duplicate key").contains("cpu");
                    assertThat(e.span().line()).isEqualTo(2);
                });
    }

    @Test
    void deepNestingIsRejectedNotOverflowed() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        assertThatThrownBy(() -> LocatedJsonReader.read(deep))
                .isInstanceOfSatisfying(ParseProblem.class, e -> assertThat(e.getMessage()).contains("nested deeper"));
    }

    @Test
    void emptyAndTrailingContentAreErrors() {
        assertThatThrownBy(() -> LocatedJsonReader.read("  ")).isInstanceOf(ParseProblem.class);
        assertThatThrownBy(() -> LocatedJsonReader.read("{} {}"))
                .isInstanceOfSatisfying(ParseProblem.class, e -> assertThat(e.getMessage()).contains("after the end"));
    }

    @Test
    void pointersEscapeSlashAndTilde() throws ParseProblem {
        JsonObject root = (JsonObject) LocatedJsonReader.read("{\"a/b\": {\"c~d\": true}}");
        JsonValue inner = root.object("a/b").orElseThrow().get("c~d").orElseThrow();
        assertThat(inner.pointer()).isEqualTo("/a~1b/c~0d");
    }
}
