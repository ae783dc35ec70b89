package dev.ecslint.maven;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;

/**
 * The test class path without the built-in rules and schemas: only the engine's own findings (E001
 * for a file that does not parse) remain, so these tests pin the plugin's behaviour, not the rule
 * catalog, which grows.
 */
final class EngineOnlyLoader extends ClassLoader {

    EngineOnlyLoader() {
        super(EngineOnlyLoader.class.getClassLoader());
    }

    private static boolean hidden(String name) {
        return name.equals("META-INF/services/dev.ecslint.core.model.Rule")
                || name.equals("META-INF/services/dev.ecslint.core.model.RuleSet") || name.startsWith("schemas/");
    }

    @Override
    public URL getResource(String name) {
        return hidden(name) ? null : super.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        return hidden(name) ? Collections.emptyEnumeration() : super.getResources(name);
    }
}
