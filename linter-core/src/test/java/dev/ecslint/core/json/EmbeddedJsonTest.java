package dev.ecslint.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.json.JsonValue.JsonString;
import dev.ecslint.core.model.SourceFile;
import dev.ecslint.core.model.Span;
import org.junit.jupiter.api.Test;

class EmbeddedJsonTest {

    @Test
    void locatesEmbeddedValuesAtTheirEscapedSourceText() throws ParseProblem {
        String text = "{\n  \"policyText\": \"{\\\"rules\\\":[{\\\"n\\\":14}],\\n \\\"u\\\":\\\"\\u00e9x\\\"}\"\n}\n";
        SourceFile source = new SourceFile(null, "p.json", text);
        JsonString holder = (JsonString) ((JsonObject) LocatedJsonReader.read(text)).get("policyText").orElseThrow();

        JsonValue tree = EmbeddedJson.read(holder, source);

        JsonValue number = JsonPath.find(tree, "rules/0/n").orElseThrow();
        assertThat(number.pointer()).isEqualTo("/policyText/rules/0/n");
        assertThat(slice(source, number.span())).isEqualTo("14");
        JsonValue unicode = JsonPath.find(tree, "u").orElseThrow();
        assertThat(slice(source, unicode.span())).isEqualTo("\\\"\\u00e9x\\\"");
        assertThat(unicode.text()).isEqualTo("\u00e9x");
        JsonValue.Member key = ((JsonObject) tree).members().get("u");
        assertThat(slice(source, key.keySpan())).startsWith("\\\"u\\\"");
    }

    @Test
    void anInvalidEmbeddedDocumentIsAParseProblemInsideTheString() throws ParseProblem {
        String text = "{\"lifecyclePolicyText\": \"{\\\"rules\\\": [}\"}";
        SourceFile source = new SourceFile(null, "p.json", text);
        JsonString holder = (JsonString) ((JsonObject) LocatedJsonReader.read(text)).get("lifecyclePolicyText")
                .orElseThrow();
        assertThatThrownBy(() -> EmbeddedJson.read(holder, source)).isInstanceOf(ParseProblem.class)
                .hasMessageContaining("lifecyclePolicyText")
                .satisfies(e -> assertThat(((ParseProblem) e).span().column()).isGreaterThan(25));
    }

    private static String slice(SourceFile source, Span span) {
        assertThat(span.endLine()).isEqualTo(span.line());
        return source.lineText(span.line()).substring(span.column() - 1, span.endColumn() - 1);
    }
}
