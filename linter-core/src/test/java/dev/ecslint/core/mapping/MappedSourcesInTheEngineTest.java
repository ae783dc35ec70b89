package dev.ecslint.core.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecslint.core.aws.AbstractContainerRule;
import dev.ecslint.core.aws.ContainerSpec;
import dev.ecslint.core.config.Config;
import dev.ecslint.core.config.ConfigLoader;
import dev.ecslint.core.engine.InputFile;
import dev.ecslint.core.engine.Linter;
import dev.ecslint.core.engine.RuleRegistry;
import dev.ecslint.core.i18n.Localizer;
import dev.ecslint.core.i18n.Message;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.Finding;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import dev.ecslint.core.testing.FindingText;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the engine does with a mapped source: rule findings name the place as the source spells it,
 * a value under {@code Fn::If} fires only when every branch does, declared suppressions apply, and
 * schema checks ignore expressions and CloudFormation's scalar conversion.
 */
class MappedSourcesInTheEngineTest {

    /** A stand-in container rule: reports a container whose user is root. */
    static final class RootUser extends AbstractContainerRule {
        RootUser() {
            super(RuleMeta.builder("XT101", "test-root-user").title("t").severity(Severity.ERROR)
                    .category(Category.SECURITY).kinds(DocumentKind.TASK_DEFINITION).rationale("r").fix("f").build());
        }

        @Override
        public void check(ContainerSpec c, RuleContext ctx) {
            c.user().filter(u -> u.is("root")).ifPresent(u -> ctx.report(u, Message.literal(c.name().map(n -> "container `" + n.text() + "`").orElse("a container") + " runs as root")));
        }
    }

    private final RuleRegistry registry = new RuleRegistry(List.of(new RootUser()));

    private List<Finding> lint(String name, String text, Config config) {
        return new Linter(registry, getClass().getClassLoader(), 1)
                .lint(List.of(InputFile.inMemory(name, text)), f -> config).findings();
    }

    @Test
    void aFindingNamesThePlaceAsTheTemplateDoes() {
        List<Finding> found = lint("template.yaml", """
                Resources:
                  TaskDef:
                    Type: AWS::ECS::TaskDefinition
                    Properties:
                      ContainerDefinitions:
                        - Name: app
                          User: root
                """, Config.DEFAULTS);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(FindingText.english(f)).isEqualTo("`TaskDef.Properties.ContainerDefinitions[0].User`: container `app` runs as root");
            assertThat(FindingText.korean(f)).startsWith("`TaskDef.Properties.ContainerDefinitions[0].User`: ");
            assertThat(f.location().line()).isEqualTo(7);
            assertThat(f.location().pointer()).isEqualTo("/Resources/TaskDef/Properties/ContainerDefinitions/0/User");
        });
    }

    @Test
    void aValueUnderIfFiresOnlyWhenEveryBranchWould() {
        String template = """
                Conditions:
                  IsProd: !Equals [!Ref Env, prod]
                Resources:
                  TaskDef:
                    Type: AWS::ECS::TaskDefinition
                    Properties:
                      ContainerDefinitions:
                        - Name: app
                          User: !If [IsProd, "1000", root]
                        - Name: sidecar
                          User: !If [IsProd, root, root]
                        - Name: log
                          User: root
                """;
        List<Finding> found = lint("template.yaml", template, Config.DEFAULTS);
        assertThat(found).extracting(f -> f.location().line()).containsExactly(11, 13);
        assertThat(FindingText.english(found.get(0))).startsWith("`TaskDef.Properties.ContainerDefinitions[1].User[1]`:");
    }

    @Test
    void resourceMetadataSuppressesUnlessTheConfigurationDeniesIt() throws Exception {
        String template = """
                {"Resources": {"TaskDef": {"Type": "AWS::ECS::TaskDefinition",
                  "Metadata": {"ecslint": {"ignore": [{"id": "XT101", "reason": "the image needs root"}]}},
                  "Properties": {"ContainerDefinitions": [{"Name": "app", "User": "root"}]}}}}
                """;
        assertThat(lint("template.json", template, Config.DEFAULTS)).singleElement().satisfies(f -> {
            assertThat(f.suppressed()).isTrue();
            assertThat(Localizer.english().render(f.suppression().justification())).isEqualTo("the image needs root");
        });
        Config deny = new ConfigLoader(registry).parse(Path.of(".ecslint.yaml"), "inlineIgnores: deny\n");
        assertThat(lint("template.json", template, deny)).singleElement().matches(f -> !f.suppressed());
    }
}
