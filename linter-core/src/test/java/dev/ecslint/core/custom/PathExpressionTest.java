package dev.ecslint.core.custom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecslint.core.custom.PathExpression.Index;
import dev.ecslint.core.custom.PathExpression.Key;
import dev.ecslint.core.custom.PathExpression.Wildcard;
import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.LocatedJsonReader;
import dev.ecslint.core.json.ParseProblem;
import org.junit.jupiter.api.Test;

class PathExpressionTest {

    @Test
    void keysIndexesWildcardsAndQuotedKeys() throws Exception {
        PathExpression path = PathExpression.parse("containerDefinitions[*].portMappings[0].containerPort");
        assertThat(path.steps()).containsExactly(new Key("containerDefinitions", 0), new Wildcard(20),
                new Key("portMappings", 24), new Index(0, 36), new Key("containerPort", 40));
        assertThat(PathExpression.parse("final.labels[\"org.opencontainers.image.source\"]").steps())
                .extracting(s -> s.written(false)).containsExactly(".final", ".labels",
                        "[\"org.opencontainers.image.source\"]");
        assertThat(PathExpression.parse("final.labels['a\\'b']").steps().get(2)).isEqualTo(new Key("a'b", 12));
        assertThat(PathExpression.parse("*.options.awslogs-group").steps().get(0)).isEqualTo(new Wildcard(0));
        assertThat(PathExpression.parse("tags.*").steps().get(1)).isEqualTo(new Wildcard(5));
    }

    @Test
    void syntaxErrorsSayWhereAndHow() {
        assertThatThrownBy(() -> PathExpression.parse("final.labels.org.opencontainers/x"))
                .isInstanceOf(PathExpression.SyntaxError.class).hasMessageContaining("unexpected `/`")
                .hasMessageContaining("[\"/x\"]");
        assertThatThrownBy(() -> PathExpression.parse("a..b")).hasMessageContaining("a key was expected, found `.`");
        assertThatThrownBy(() -> PathExpression.parse("a[x]")).hasMessageContaining("inside brackets");
        assertThatThrownBy(() -> PathExpression.parse("a[\"b]")).hasMessageContaining("not closed");
        assertThatThrownBy(() -> PathExpression.parse("a[0")).hasMessageContaining("`]` expected");
        assertThatThrownBy(() -> PathExpression.parse(" ")).hasMessageContaining("empty");
        assertThatThrownBy(() -> PathExpression.parse("a.")).hasMessageContaining("found the end of the path")
                .satisfies(e -> assertThat(((PathExpression.SyntaxError) e).offset()).isEqualTo(2));
    }

    @Test
    void selectionFollowsEveryBranchAndRecordsWhatIsMissing() throws Exception {
        JsonValue doc = json("""
                {"containerDefinitions": [
                  {"name": "web", "portMappings": [{"containerPort": 80}, {"containerPort": 8080}]},
                  {"name": "log"},
                  {"name": "tpl", "portMappings": "${PORTS}"},
                  null
                ]}""");
        Selection s = Selection.of(PathExpression.parse("containerDefinitions[*].portMappings[*].containerPort"), doc);
        assertThat(s.hits()).extracting(Selection.Hit::path).containsExactly(
                "containerDefinitions[0].portMappings[0].containerPort",
                "containerDefinitions[0].portMappings[1].containerPort");
        assertThat(s.misses()).extracting(Selection.Miss::path)
                .containsExactly("containerDefinitions[1].portMappings[*].containerPort");
        assertThat(s.misses().get(0).nearest().pointer()).isEqualTo("/containerDefinitions/1");
        assertThat(s.unknown()).as("a placeholder standing for the list is never judged").isEqualTo(1);

        Selection empty = Selection.of(PathExpression.parse("volumes[*].name"), json("{\"volumes\": []}"));
        assertThat(empty.misses()).singleElement().satisfies(m -> assertThat(m.path()).isEqualTo("volumes[*].name"));
        Selection typeMismatch = Selection.of(PathExpression.parse("family.name"), json("{\"family\": \"web\"}"));
        assertThat(typeMismatch.misses()).singleElement().satisfies(m -> assertThat(m.nearest().text()).isEqualTo("web"));
    }

    @Test
    void pointersReadAsPaths() {
        assertThat(PathText.ofPointer("/containerDefinitions/0/dockerLabels/org.opencontainers.image.source"))
                .isEqualTo("containerDefinitions[0].dockerLabels[\"org.opencontainers.image.source\"]");
        assertThat(PathText.ofPointer("/taskDefinition/family")).isEqualTo("taskDefinition.family");
    }

    private static JsonValue json(String text) throws ParseProblem {
        return LocatedJsonReader.read(text);
    }
}
