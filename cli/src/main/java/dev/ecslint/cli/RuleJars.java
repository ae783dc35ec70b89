package dev.ecslint.cli;

import dev.ecslint.cli.Arguments.UsageException;
import dev.ecslint.core.engine.RuleRegistry;
import dev.ecslint.core.i18n.Message;
import dev.ecslint.core.model.Rule;
import dev.ecslint.core.model.RuleSet;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.jar.JarFile;

/**
 * {@code --rules-jar PATH}: rule jars loaded through the same {@link java.util.ServiceLoader} SPI the Maven
 * plugin uses ({@code META-INF/services/dev.ecslint.core.model.RuleSet} or {@code …model.Rule}), next to the
 * built-in rules. A jar that is missing, is not a jar, registers no rule, fails to load or reuses an id is
 * a usage error naming the jar.
 */
final class RuleJars {

    /** The rules and the class loader that finds them (and their schemas and bundles). */
    record Loaded(RuleRegistry registry, ClassLoader loader) { }

    private RuleJars() {
    }

    static Loaded load(List<String> jars, Path workingDirectory, ClassLoader parent) throws UsageException {
        if (jars.isEmpty()) {
            return new Loaded(RuleRegistry.load(parent), parent);
        }
        Map<URL, String> given = new LinkedHashMap<>();
        for (String jar : jars) {
            Path path = workingDirectory.resolve(jar).normalize();
            if (!Files.isRegularFile(path)) {
                throw new UsageException(Message.of("cli.rulesJar.noFile").code("jar", jar));
            }
            try (JarFile ignored = new JarFile(path.toFile())) {
                given.put(path.toUri().toURL(), jar);
            } catch (MalformedURLException e) {
                throw new UsageException(Message.of("cli.rulesJar.badPath").code("jar", jar)
                        .verbatim("detail", String.valueOf(e.getMessage())));
            } catch (IOException e) {
                throw new UsageException(Message.of("cli.rulesJar.notJar").code("jar", jar)
                        .verbatim("detail", String.valueOf(e.getMessage())));
            }
        }
        // one loader for all the jars, so that one may use classes of another; never closed: rules run until exit
        URLClassLoader loader = new URLClassLoader("ecslint-rule-jars", given.keySet().toArray(URL[]::new), parent);
        RuleRegistry registry;
        try {
            registry = RuleRegistry.load(loader);
            registry.metas(); // builds the whole catalog now, so that a repeated id is reported here
        } catch (ServiceConfigurationError e) {
            throw new UsageException(Message.of("cli.rulesJar.unloadable").verbatim("detail", rootMessage(e)));
        } catch (IllegalStateException e) {
            throw new UsageException(Message.of("cli.rulesJar.duplicate").verbatim("detail", String.valueOf(e.getMessage())));
        } catch (RuntimeException | LinkageError e) {
            throw new UsageException(Message.of("cli.rulesJar.failed").verbatim("detail", rootMessage(e)));
        }
        for (Map.Entry<URL, String> jar : given.entrySet()) {
            if (!registersRules(registry, jar.getKey())) {
                throw new UsageException(Message.of("cli.rulesJar.noRules").code("jar", jar.getValue())
                        .code("ruleSets", "META-INF/services/" + RuleSet.class.getName())
                        .code("rules", "META-INF/services/" + Rule.class.getName()));
            }
        }
        return new Loaded(registry, loader);
    }

    private static boolean registersRules(RuleRegistry registry, URL jar) {
        for (Rule<?> rule : registry.rules()) {
            CodeSource source = rule.getClass().getProtectionDomain().getCodeSource();
            if (source != null && jar.equals(source.getLocation())) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        List<Throwable> seen = new ArrayList<>();
        while (root.getCause() != null && !seen.contains(root.getCause())) {
            seen.add(root);
            root = root.getCause();
        }
        return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + root + ")";
    }
}
