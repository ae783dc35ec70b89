package dev.ecslint.core.config;

import dev.ecslint.core.i18n.Message;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the configuration that applies to each file: an explicit {@code --config} for every file, or
 * the nearest {@code .ecslint.yaml} walking up from the file's directory to the repository root (the
 * first directory holding {@code .git}) — nearest wins. Each file is loaded once per run.
 */
public final class ConfigResolver {

    private final ConfigLoader loader;
    private final Config explicit;
    private final Map<Path, Config> byDirectory = new HashMap<>();
    private final Map<Path, Config> byFile = new HashMap<>();

    public ConfigResolver(ConfigLoader loader, Optional<Path> explicitFile) throws ConfigException {
        this.loader = loader;
        this.explicit = explicitFile.isPresent() ? loadExplicit(explicitFile.get()) : null;
    }

    private Config loadExplicit(Path file) throws ConfigException {
        if (!Files.isRegularFile(file)) {
            throw ConfigException.in(file, Message.of("config.notFound"));
        }
        return loader.load(file);
    }

    /** The configuration for a file or directory (not thread-safe: resolve before linting in parallel). */
    public Config forPath(Path path) throws ConfigException {
        if (explicit != null) {
            return explicit;
        }
        Path absolute = path.toAbsolutePath().normalize();
        Path dir = Files.isDirectory(absolute) ? absolute : absolute.getParent();
        return dir == null ? Config.DEFAULTS : forDirectory(dir);
    }

    private Config forDirectory(Path dir) throws ConfigException {
        Config cached = byDirectory.get(dir);
        if (cached != null) {
            return cached;
        }
        Config found = Config.DEFAULTS;
        boolean located = false;
        for (String name : ConfigLoader.FILE_NAMES) {
            Path candidate = dir.resolve(name);
            if (Files.isRegularFile(candidate)) {
                found = byFile.containsKey(candidate) ? byFile.get(candidate) : loader.load(candidate);
                byFile.put(candidate, found);
                located = true;
                break;
            }
        }
        // .git is a directory in a clone and a file in a worktree or submodule: either ends the search
        if (!located && !Files.exists(dir.resolve(".git")) && dir.getParent() != null) {
            found = forDirectory(dir.getParent());
        }
        byDirectory.put(dir, found);
        return found;
    }
}
