package dev.ecslint.core.compose;

import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.json.ParseProblem;
import dev.ecslint.core.yaml.LocatedYamlReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The other compose files a linted one names ({@code extends.file}, {@code include}) or completes (an
 * override file's base), read once each, only from the same repository (below the nearest directory holding
 * {@code .git}, else below the linted file's directory), only when they exist as regular files of at most
 * 4 MiB and parse. Anything else is unknown: never an error of the linted file. No network, no remote
 * include.
 */
final class ComposeProject {

    private static final long MAX_BYTES = 4L * 1024 * 1024;

    private final Path directory;
    private final Path root;
    private final Map<Path, Optional<JsonObject>> read = new HashMap<>();

    /** @param file the linted file; {@code null} (standard input, an archive entry) follows nothing */
    ComposeProject(Path file) {
        this.directory = file == null ? null : file.toAbsolutePath().normalize().getParent();
        this.root = directory == null ? null : repositoryRoot(directory);
    }

    private static Path repositoryRoot(Path from) {
        for (Path dir = from; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) {
                return dir;
            }
        }
        return from;
    }

    /** The document of a file named relative to the linted one, when it can be read. */
    Optional<JsonObject> document(String relative) {
        if (directory == null || relative.isBlank() || relative.contains("://") || relative.startsWith("git@")) {
            return Optional.empty();
        }
        Path path;
        try {
            path = directory.resolve(relative).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
        return read.computeIfAbsent(path, this::load);
    }

    /** Whether a file of that name lies beside the linted one. */
    boolean hasSibling(String name) {
        return directory != null && Files.isRegularFile(directory.resolve(name));
    }

    private Optional<JsonObject> load(Path path) {
        try {
            if (!Files.isRegularFile(path) || Files.size(path) > MAX_BYTES) {
                return Optional.empty();
            }
            Path real = path.toRealPath();
            if (!real.startsWith(root.toRealPath())) {
                return Optional.empty();
            }
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(real))).toString();
            JsonValue doc = LocatedYamlReader.read(text.startsWith("\uFEFF") ? text.substring(1) : text);
            return doc.asObject();
        } catch (IOException | ParseProblem e) {
            return Optional.empty(); // CharacterCodingException is an IOException: unknown, not an error here
        }
    }
}
