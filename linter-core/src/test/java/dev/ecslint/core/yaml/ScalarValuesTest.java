package dev.ecslint.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.resolver.Resolver;

class ScalarValuesTest {

    @Test
    void resolvesEveryPlainScalarAsSnakeYamlsResolverDoes() {
        Resolver snakeYaml = new Resolver();
        List<String> values = new ArrayList<>(List.of("", "~", "null", "Null", "NULL", "nul", "true", "True", "TRUE",
                "yes", "Yes", "y", "Y", "n", "N", "no", "on", "ON", "off", "Off", "false", "tRue", "1", "-1", "+1",
                "0x1F", "0o17", "017", "0b101", "1_000", "1:30:00", "1.5", ".5", "-.5", "1e3", "1.0e+3", ".inf",
                "-.Inf", ".NaN", ".nan", "<<", "<", "=", "2001-12-14", "2001-12-14t21:59:43.10-05:00", "10.0.0.0/16",
                "Ref", "AWS::Region", "arn:aws:s3", "!x", "&x", "*x", "é", "中文"));
        for (char first = ' '; first < 0x7F; first++) {
            values.add(String.valueOf(first));
            values.add(first + "x");
            values.add(first + "1");
        }
        for (String value : values) {
            assertThat(ScalarValues.resolvePlain(value)).as(value)
                    .isEqualTo(snakeYaml.resolve(NodeId.scalar, value, true));
        }
    }
}
