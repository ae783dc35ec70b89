package dev.ecslint.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.testing.ExpectationParser;
import dev.ecslint.core.yaml.LocatedYamlReader;
import org.junit.jupiter.api.Test;

class LocatedYamlReaderTest {

    @Test
    void yamlValuesKnowTheirLinesAndTypes() throws ParseProblem {
        JsonValue root = LocatedYamlReader.read("""
                services:
                  web:
                    image: nginx:latest
                    ports:
                      - "80:80"
                    read_only: true
                    mem_limit: 512
                """);
        JsonValue image = ExpectationParser.resolve(root, "/services/web/image");
        assertThat(image.text()).isEqualTo("nginx:latest");
        assertThat(image.span().line()).isEqualTo(3);
        assertThat(image.span().column()).isEqualTo(12);
        assertThat(ExpectationParser.resolve(root, "/services/web/ports/0").span().line()).isEqualTo(5);
        assertThat(ExpectationParser.resolve(root, "/services/web/read_only")).isInstanceOf(JsonValue.JsonBoolean.class);
        assertThat(ExpectationParser.resolve(root, "/services/web/mem_limit")).isInstanceOf(JsonValue.JsonNumber.class);
    }

    @Test
    void aNodeWithATagOfItsOwnIsAnExpressionHoldingTheNode() throws ParseProblem {
        JsonObject root = (JsonObject) LocatedYamlReader.read("""
                Resources:
                  Repo:
                    Type: AWS::ECR::Repository
                    Properties:
                      RepositoryName: !Ref Name
                      Arn: !GetAtt Repo.Arn
                      Text: !Sub "${AWS::Region}"
                      Zones: !If [IsProd, [a, b], !Ref AWS::NoValue]
                      Plain: !!str 80
                """);
        JsonObject props = (JsonObject) ExpectationParser.resolve(root, "/Resources/Repo/Properties");
        JsonValue.JsonTagged name = (JsonValue.JsonTagged) props.get("RepositoryName").orElseThrow();
        assertThat(name.tag()).isEqualTo("!Ref");
        assertThat(name.argument().text()).isEqualTo("Name");
        assertThat(name.pointer()).isEqualTo("/Resources/Repo/Properties/RepositoryName");
        assertThat(name.span().line()).isEqualTo(5);
        JsonValue.JsonTagged condition = (JsonValue.JsonTagged) props.get("Zones").orElseThrow();
        assertThat(condition.argument().elements()).hasSize(3);
        assertThat(condition.argument().elements().get(2).pointer()).isEqualTo("/Resources/Repo/Properties/Zones/2");
        assertThat(props.get("Plain").orElseThrow()).isEqualTo(
                new JsonValue.JsonString(props.get("Plain").get().span(), "/Resources/Repo/Properties/Plain", "80"));
    }

    @Test
    void aliasBombsAreRefused() {
        StringBuilder bomb = new StringBuilder("a: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\n");
        char previous = 'a';
        for (char c = 'b'; c <= 'k'; c++) {
            bomb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                bomb.append(i == 0 ? "" : ",").append('*').append(previous);
            }
            bomb.append("]\n");
            previous = c;
        }
        assertThatThrownBy(() -> LocatedYamlReader.read(bomb.toString())).isInstanceOf(ParseProblem.class);
    }

    @Test
    void aTagOfEscapedBlanksIsASyntaxErrorNotACrash() {
        // found by ConfigFuzzTest: SnakeYAML's Tag throws IllegalArgumentException for `!%20`, `!!%09`, …
        for (String yaml : new String[] {"a: !%09 b\n", "a: !!%20 b\n", "a: !e%20 b\n"}) {
            assertThatThrownBy(() -> LocatedYamlReader.read(yaml)).as(yaml).isInstanceOfSatisfying(ParseProblem.class,
                    e -> assertThat(e.getMessage()).contains("Tag must not contain leading or trailing spaces"));
            assertThat(LocatedYamlReader.isStream(yaml)).isFalse();
        }
    }

    @Test
    void globalTagsAreRefusedNotInstantiated() {
        assertThatThrownBy(() -> LocatedYamlReader.read(
                "x: !!javax.script.ScriptEngineManager [!!java.net.URL [\"http://x\"]]\n"))
                .isInstanceOfSatisfying(ParseProblem.class,
                        e -> assertThat(e.getMessage()).contains("Global tag is not allowed"));
    }

    @Test
    void syntaxErrorsCarryTheirPosition() {
        assertThatThrownBy(() -> LocatedYamlReader.read("a: 1\nb: [1, 2\nc: 3\n"))
                .isInstanceOfSatisfying(ParseProblem.class, e -> {
                    assertThat(e.getMessage()).startsWith("invalid YAML");
                    assertThat(e.span().line()).isGreaterThanOrEqualTo(2);
                });
    }

    @Test
    void duplicateKeysAreAnError() {
        assertThatThrownBy(() -> LocatedYamlReader.read("a: 1\na: 2\n")).isInstanceOf(ParseProblem.class);
    }

    /** Found by the YAML fuzz target's seeds: SnakeYAML's merge-on-compose loops forever on this. */
    @Test
    void aRecursiveMergeIsAParseProblemNotAHang() {
        assertThatThrownBy(() -> LocatedYamlReader.read("a: &a\n  <<: *a\n"))
                .isInstanceOf(ParseProblem.class).hasMessageContaining("recursive");
        assertThatThrownBy(() -> LocatedYamlReader.read("a: &a\n  b: &b\n    <<: *a\n"))
                .isInstanceOf(ParseProblem.class).hasMessageContaining("recursive");
    }

    @Test
    void mergeKeysInheritWhatTheMappingDoesNotSet() throws ParseProblem {
        JsonValue root = LocatedYamlReader.read("""
                base: &base {image: nginx, cpu: 256}
                more: &more {memory: 512, cpu: 1}
                web:
                  <<: [*base, *more]
                  cpu: 512
                """);
        JsonValue.JsonObject web = root.asObject().orElseThrow().object("web").orElseThrow();
        assertThat(web.members().keySet()).containsExactlyInAnyOrder("image", "cpu", "memory");
        assertThat(web.get("cpu").orElseThrow().pointer()).isEqualTo("/web/cpu");
        assertThat(web.get("memory").orElseThrow().pointer()).isEqualTo("/web/memory");
        assertThat(((JsonValue.JsonNumber) web.get("cpu").orElseThrow()).literal()).isEqualTo("512");
    }
}
