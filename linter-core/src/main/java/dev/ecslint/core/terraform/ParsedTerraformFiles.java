package dev.ecslint.core.terraform;

import dev.ecslint.core.json.ParseProblem;
import dev.ecslint.core.model.SourceFile;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The Terraform files of one run, each parsed once at its own line numbers. Every file of a module reads its
 * siblings, so without this a module of k files is parsed k times over. A walk lints a directory's files one
 * after another, so the most recently used files are kept, up to a fixed number: memory stays flat.
 */
public final class ParsedTerraformFiles {

    private static final int CAPACITY = 96;
    /** A larger file is parsed each time: holding it would cost more than parsing it again saves. */
    private static final int LARGEST_CACHED = 1 << 20;

    /** A file as read and parsed: its body, or the problem that stopped the parse. */
    record Parsed(SourceFile source, HclBody body, ParseProblem problem) {
    }

    private final int capacity;
    private final Map<Path, Parsed> recent;

    private ParsedTerraformFiles(int capacity) {
        this.capacity = capacity;
        this.recent = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Path, Parsed> eldest) {
                return size() > ParsedTerraformFiles.this.capacity;
            }
        };
    }

    /** A cache for one run. */
    public static ParsedTerraformFiles forRun() {
        return new ParsedTerraformFiles(CAPACITY);
    }

    /** No cache: every file is parsed when it is asked for. */
    public static ParsedTerraformFiles none() {
        return new ParsedTerraformFiles(0);
    }

    /** The body of a file with the text given, parsed at its own line numbers. */
    HclBody parse(SourceFile source) throws ParseProblem {
        Path key = keyOf(source.path());
        Parsed known = key == null ? null : get(key);
        if (known == null || !known.source().text().equals(source.text())) {
            known = parsed(source);
            put(key, known);
        }
        if (known.problem() != null) {
            throw known.problem();
        }
        return known.body();
    }

    /** A sibling file as read from disk now or earlier in this run, empty when it cannot be read. */
    Optional<Parsed> sibling(Path path, FileAccess access) {
        Path key = keyOf(path);
        Parsed known = get(key);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<String> text = access.read(path);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Parsed read = parsed(new SourceFile(path, path.getFileName().toString(), text.get()));
        put(key, read);
        return Optional.of(read);
    }

    private static Parsed parsed(SourceFile source) {
        try {
            return new Parsed(source, TerraformFiles.parse(new PlacedFile(source, 0)), null);
        } catch (ParseProblem e) {
            return new Parsed(source, null, e);
        }
    }

    private static Path keyOf(Path path) {
        return path == null ? null : path.toAbsolutePath().normalize();
    }

    private synchronized Parsed get(Path key) {
        return recent.get(key);
    }

    private synchronized void put(Path key, Parsed parsed) {
        if (key != null && capacity > 0 && parsed.source().text().length() <= LARGEST_CACHED) {
            recent.put(key, parsed);
        }
    }
}
