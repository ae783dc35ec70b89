package dev.ecslint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Start-up loads only what a run needs (DESIGN.md "Budgets"): a Dockerfile-only run, the pre-commit
 * case, loads no JSON or YAML machinery, no document schema and no rule of another family; no run loads
 * jackson-databind or a general schema validator (the tests' class path has them, as the oracle of
 * {@code DocumentSchema}). Checked on the classes a fresh JVM reports loading ({@code -verbose:class}), not on time.
 */
class StartupClassesTest {

    private static final Path ROOT = Path.of(System.getProperty("ecslint.root", ".."));
    private static final Pattern LOADED = Pattern.compile("^\\[[^\\]]*\\]\\[info\\]\\[class,load\\] (\\S+) ", Pattern.MULTILINE);
    /** What only structured documents need; the rule sets themselves are tiny lists and may load. */
    private static final Pattern NOT_FOR_DOCKERFILES = Pattern.compile("dev\\.ecslint\\.core\\.engine\\.DocumentSchema\\b.*"
            + "|org\\.yaml\\.snakeyaml\\..*|dev\\.ecslint\\.core\\.(yaml|json\\.LocatedJsonReader|terraform\\.Hcl).*"
            + "|dev\\.ecslint\\.rules\\.(?!dockerfile\\.)\\w+\\.(?!\\w+Rules$)\\w+.*"
            // the structured kinds' readers and mappers, made on first use (SubjectReaders)
            + "|dev\\.ecslint\\.core\\.aws\\.(\\w+Reader|Shape)\\b.*|dev\\.ecslint\\.core\\.(cloudformation|compose)\\.\\w+Mapper\\b.*");
    private static final Pattern NEVER = Pattern.compile("com\\.fasterxml\\.jackson\\.databind\\..*|com\\.networknt\\..*");

    @Test
    void aDockerfileRunLoadsNoJsonYamlSchemaOrOtherFamilyClasses() throws Exception {
        List<String> loaded = loadedClasses(ROOT.resolve("examples/Dockerfile").toString());
        assertThat(loaded).as("the run loaded the Dockerfile rules").anyMatch(c -> c.startsWith("dev.ecslint.rules.dockerfile."));
        assertThat(loaded).filteredOn(c -> NOT_FOR_DOCKERFILES.matcher(c).matches() || NEVER.matcher(c).matches())
                .isEmpty();
    }

    @Test
    void aTaskDefinitionRunDoesLoadThem() throws Exception {
        // the other side of the check above: the pattern names classes that do load when needed
        List<String> loaded = loadedClasses(ROOT.resolve("examples/task-definition.json").toString());
        assertThat(loaded).filteredOn(c -> NOT_FOR_DOCKERFILES.matcher(c).matches())
                .anyMatch(c -> c.startsWith("dev.ecslint.rules.taskdef."))
                .contains("dev.ecslint.core.aws.TaskDefinitionReader", "dev.ecslint.core.engine.DocumentSchema");
        assertThat(loaded).noneMatch(c -> NEVER.matcher(c).matches());
    }

    private static List<String> loadedClasses(String file) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xlog:class+load=info", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "--format", "json", file)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isIn(0, 1);
        Matcher m = LOADED.matcher(out);
        List<String> classes = new ArrayList<>();
        while (m.find()) {
            classes.add(m.group(1));
        }
        assertThat(classes).as("class loading was logged").hasSizeGreaterThan(100);
        return classes;
    }
}
