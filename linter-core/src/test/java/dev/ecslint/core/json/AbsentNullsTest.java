package dev.ecslint.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecslint.core.json.JsonValue.JsonObject;
import org.junit.jupiter.api.Test;

class AbsentNullsTest {

    @Test
    void nullMembersDisappearAtEveryDepthAndTheRestKeepsItsLocations() throws ParseProblem {
        JsonValue root = LocatedJsonReader.read("{\"family\": \"web\", \"ipcMode\": null,\n"
                + " \"containerDefinitions\": [{\"name\": \"web\", \"entryPoint\": null,\n"
                + "  \"logConfiguration\": {\"logDriver\": \"awslogs\", \"secretOptions\": null}}],\n"
                + " \"command\": [\"a\", null]}");

        JsonObject present = (JsonObject) AbsentNulls.remove(root);

        assertThat(present.has("ipcMode")).isFalse();
        JsonObject container = (JsonObject) present.array("containerDefinitions").get(0);
        assertThat(container.members()).containsOnlyKeys("name", "logConfiguration");
        assertThat(container.object("logConfiguration").orElseThrow().members()).containsOnlyKeys("logDriver");
        assertThat(container.object("logConfiguration").orElseThrow().pointer())
                .isEqualTo("/containerDefinitions/0/logConfiguration");
        assertThat(container.span().line()).isEqualTo(2);
        assertThat(present.array("command")).hasSize(2).as("array items are values, kept");
    }

    @Test
    void aTreeWithoutNullsIsReturnedAsItIs() throws ParseProblem {
        JsonValue root = LocatedJsonReader.read("{\"family\": \"web\", \"containerDefinitions\": [{\"name\": \"w\"}]}");
        assertThat(AbsentNulls.remove(root)).isSameAs(root);
    }
}
