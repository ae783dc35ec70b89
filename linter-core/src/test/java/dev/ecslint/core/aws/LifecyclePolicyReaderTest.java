package dev.ecslint.core.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecslint.core.engine.SubjectReader.Read;
import dev.ecslint.core.i18n.Language;
import dev.ecslint.core.i18n.Localizer;
import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.LocatedJsonReader;
import dev.ecslint.core.json.ParseProblem;
import dev.ecslint.core.model.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LifecyclePolicyReaderTest {

    private final LifecyclePolicyReader reader = new LifecyclePolicyReader();

    @Test
    void readsAStandalonePolicy() throws ParseProblem {
        String text = "{\"rules\":[{\"rulePriority\":1,\"description\":\"Keep last 10 images\",\"selection\":"
                + "{\"tagStatus\":\"any\",\"countType\":\"imageCountMoreThan\",\"countNumber\":10},"
                + "\"action\":{\"type\":\"expire\"}}]}";
        Read read = read(text);
        LifecyclePolicy policy = (LifecyclePolicy) read.subjects().get(0);
        assertThat(policy.rules()).hasSize(1);
        LifecyclePolicyRule rule = policy.rules().get(0);
        assertThat(rule.priority()).hasValue(1);
        assertThat(rule.tagStatus()).contains(LifecyclePolicyRule.TagStatus.ANY);
        assertThat(rule.countNumber()).hasValue(10);
        assertThat(Localizer.english().render(rule.label())).isEqualTo("rule 1 (`rulePriority` 1, \"Keep last 10 images\")");
        assertThat(Localizer.of(Language.KO, getClass().getClassLoader()).render(rule.label()))
                .isEqualTo("1번째 규칙(`rulePriority` 1, \"Keep last 10 images\")");
        assertThat(read.schemaChecks()).singleElement().satisfies(c -> assertThat(c.schema()).isEqualTo("lifecycle-policy"));
    }

    @Test
    void readsAPolicyHeldInLifecyclePolicyTextAndLocatesItInsideTheString() throws ParseProblem {
        String text = "{\n  \"repositoryName\": \"web\",\n  \"lifecyclePolicyText\": \"{\\\"rules\\\":[{\\\"rulePriority\\\":1,"
                + "\\\"selection\\\":{\\\"tagStatus\\\":\\\"untagged\\\",\\\"countType\\\":\\\"imageCountMoreThan\\\","
                + "\\\"countNumber\\\":0},\\\"action\\\":{\\\"type\\\":\\\"expire\\\"}}]}\"\n}\n";
        SourceFile source = new SourceFile(null, "p.json", text);
        Read read = reader.read(LocatedJsonReader.read(text), source);

        LifecyclePolicy policy = (LifecyclePolicy) read.subjects().get(0);
        JsonValue count = policy.rules().get(0).value("selection/countNumber").orElseThrow();
        assertThat(count.pointer()).isEqualTo("/lifecyclePolicyText/rules/0/selection/countNumber");
        assertThat(count.span().line()).isEqualTo(3);
        assertThat(source.lineText(3).substring(count.span().column() - 1, count.span().endColumn() - 1)).isEqualTo("0");
        assertThat(read.schemaChecks().get(0).node()).isSameAs(policy.node());
    }

    @Test
    void aTemplatedPolicyTextIsUnknown() throws ParseProblem {
        assertThat(read("{\"repositoryName\": \"web\", \"lifecyclePolicyText\": \"${POLICY}\"}").subjects()).isEmpty();
    }

    @Test
    void recognizesPoliciesByContent() throws ParseProblem {
        assertThat(LifecyclePolicyReader.recognizes(LocatedJsonReader.read(
                "{\"rules\": [{\"rulePriority\": 1, \"selection\": {}, \"action\": {}}]}"))).isTrue();
        assertThat(LifecyclePolicyReader.recognizes(LocatedJsonReader.read(
                "{\"lifecyclePolicyText\": \"{}\", \"repositoryName\": \"x\"}"))).isTrue();
        assertThat(LifecyclePolicyReader.recognizes(LocatedJsonReader.read("{\"rules\": [\"x\"]}"))).isFalse();
        assertThat(LifecyclePolicyReader.recognizes(LocatedJsonReader.read("{\"family\": \"x\"}"))).isFalse();
    }

    @Test
    void readsEveryCorpusPolicyWithoutException() {
        List<String> unparsable = new ArrayList<>();
        int policies = 0;
        for (Path file : CorpusFiles.in("lifecycle")) {
            String text = CorpusFiles.text(file);
            try {
                JsonValue root = LocatedJsonReader.read(text);
                assertThat(LifecyclePolicyReader.recognizes(root)).as(file.toString()).isTrue();
                Read read = reader.read(root, new SourceFile(file, file.toString(), text));
                LifecyclePolicy policy = (LifecyclePolicy) read.subjects().get(0);
                assertThat(policy.rules()).as(file.toString()).isNotEmpty();
                policies++;
            } catch (ParseProblem e) {
                unparsable.add(file.getFileName().toString());
            }
        }
        // the two syntax templates from the user guide are not JSON ("rulePriority": integer)
        assertThat(unparsable).allMatch(n -> n.contains("LifecyclePolicies.md"));
        assertThat(policies).isGreaterThanOrEqualTo(10);
    }

    private Read read(String text) throws ParseProblem {
        return reader.read(LocatedJsonReader.read(text), new SourceFile(null, "p.json", text));
    }
}
