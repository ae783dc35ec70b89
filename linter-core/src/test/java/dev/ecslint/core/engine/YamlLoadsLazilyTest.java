package dev.ecslint.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecslint.core.config.Config;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Dockerfile-only run (a pre-commit hook) does not pay for the YAML machinery or the source mappers: the
 * engine loads SnakeYAML, the YAML reader and the CloudFormation / compose / mapping packages only when a
 * YAML file is linted. Checked in a class loader of its own, which loads ecslint and SnakeYAML itself.
 */
class YamlLoadsLazilyTest {

    /** Lints one in-memory file with no rules; run inside the isolated loader. */
    public static final class LintOnce {
        public static void run(String name, String content) {
            new Linter(new RuleRegistry(List.of()), LintOnce.class.getClassLoader(), 1)
                    .lint(List.of(InputFile.inMemory(name, content)), f -> Config.DEFAULTS);
        }
    }

    /** Child-first for ecslint and SnakeYAML, so the classes they load are visible here. */
    private static final class Isolated extends URLClassLoader {
        Isolated(URL[] urls, ClassLoader parent) {
            super(urls, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                if (name.startsWith("dev.ecslint.") || name.startsWith("org.yaml.")) {
                    Class<?> c = findLoadedClass(name);
                    if (c == null) {
                        c = findClass(name);
                    }
                    return c;
                }
                return super.loadClass(name, resolve);
            }
        }

        boolean loaded(String prefix) {
            return seen.stream().anyMatch(n -> n.startsWith(prefix));
        }

        private final List<String> seen = new ArrayList<>();

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            Class<?> c = super.findClass(name);
            seen.add(name);
            return c;
        }

        List<String> loadedNames() {
            return seen;
        }
    }

    private static Isolated isolated() throws MalformedURLException {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            urls.add(new File(entry).toURI().toURL());
        }
        return new Isolated(urls.toArray(URL[]::new), YamlLoadsLazilyTest.class.getClassLoader().getParent());
    }

    private static void lint(Isolated loader, String name, String content) throws Exception {
        loader.loadClass(LintOnce.class.getName()).getMethod("run", String.class, String.class)
                .invoke(null, name, content);
    }

    @Test
    void aDockerfileRunLoadsNoYamlAndNoSourceMapper() throws Exception {
        try (Isolated loader = isolated()) {
            lint(loader, "Dockerfile", "FROM alpine:3.20\nUSER 1000\n");
            lint(loader, "task.json", "{\"family\": \"web\", \"containerDefinitions\": [{\"name\": \"a\", \"image\": \"a:1\"}]}");
            // recognising a document and registering the readers is all a run without YAML sees of the sources
            List<String> entryPoints = List.of("ComposeFiles", "ComposeMapper", "CloudFormationTemplates",
                    "CloudFormationMapper", "CdkOutput");
            assertThat(loader.loadedNames()).as("classes a Dockerfile and a JSON task definition load")
                    .noneMatch(n -> n.startsWith("org.yaml."))
                    .noneMatch(n -> n.startsWith("dev.ecslint.core.yaml."))
                    .noneMatch(n -> n.startsWith("dev.ecslint.core.mapping."))
                    .noneMatch(n -> (n.startsWith("dev.ecslint.core.compose.") || n.startsWith("dev.ecslint.core.cloudformation."))
                            && entryPoints.stream().noneMatch(e -> n.endsWith("." + e)))
                    .contains("dev.ecslint.core.dockerfile.DockerfileParser");

            lint(loader, "compose.yaml", "services:\n  web:\n    image: nginx:1.27\n");
            assertThat(loader.loaded("org.yaml.snakeyaml.")).isTrue();
            assertThat(loader.loadedNames()).contains("dev.ecslint.core.compose.ComposeService");
        }
    }
}
