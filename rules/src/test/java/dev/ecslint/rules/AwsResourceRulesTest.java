package dev.ecslint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecslint.core.engine.RuleRegistry;
import dev.ecslint.core.model.Example;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.testing.RuleScenarios;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The scenarios and metadata examples of the ECR and ECS resource families (LP, RP, SV, CL): every
 * scenario's findings match its expectations, every bad example fires, every good example is silent.
 */
class AwsResourceRulesTest {

    private static final List<String> KINDS = List.of("lifecycle-policy", "service", "cluster", "repository");
    private static final Set<String> FAMILIES = Set.of("LP", "RP", "SV", "CL");
    private static final RuleRegistry REGISTRY = RuleRegistry.load(AwsResourceRulesTest.class.getClassLoader());

    @TestFactory
    Stream<DynamicNode> scenarios() {
        return KINDS.stream().flatMap(kind -> scenarios(kind).tests());
    }

    @TestFactory
    Stream<DynamicNode> metadataExamples() {
        List<DynamicNode> tests = new ArrayList<>();
        RuleScenarios runner = scenarios("lifecycle-policy");
        for (RuleMeta meta : REGISTRY.metas()) {
            if (!FAMILIES.contains(meta.family())) {
                continue;
            }
            for (Example bad : meta.bad()) {
                tests.add(DynamicTest.dynamicTest(meta.id() + " bad " + bad.fileName(), () -> assertThat(
                        runner.lintText(meta.id(), bad.fileName(), bad.code())).as(bad.code()).isNotEmpty()));
            }
            for (Example good : meta.good()) {
                tests.add(DynamicTest.dynamicTest(meta.id() + " good " + good.fileName(), () -> assertThat(
                        runner.lintText(meta.id(), good.fileName(), good.code())).as(good.code()).isEmpty()));
            }
        }
        return tests.stream();
    }

    private static RuleScenarios scenarios(String kind) {
        return new RuleScenarios(Path.of("src/test/resources", kind), REGISTRY, AwsResourceRulesTest.class.getClassLoader());
    }
}
