package dev.ecslint.core.terraform;

import dev.ecslint.core.json.ParseProblem;
import dev.ecslint.core.model.SourceFile;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The Terraform files of one run, each parsed once at its own line numbers. Every file of a module reads its
 * siblings, so without this a module of k files is parsed k times over. A walk lints a directory's files one
 * after another, so the most recently used files are kept, up to a fixed number: memory stays flat.
 */
public final class ParsedTerraformFiles {

    private static final int CAPACITY = 32;
    /** A larger file is parsed each time it is asked for: the cache's memory stays small whatever the files. */
    private static final int LARGEST_CACHED = 64 * 1024;

    /** A file as read and parsed: its body, or the problem that stopped the parse. */
    record Parsed(SourceFile source, HclBody body, ParseProblem problem) {
    }

    private final RecentResults<Path, Parsed> recent;

    private ParsedTerraformFiles(int capacity) {
        this.recent = new RecentResults<>(capacity);
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
    public HclBody parse(SourceFile source) throws ParseProblem {
        Path key = keyOf(source.path());
        Parsed known = key == null || source.text().length() > LARGEST_CACHED ? parsed(source)
                : recent.get(key, () -> parsed(source));
        if (!known.source().text().equals(source.text())) {
            known = parsed(source); // changed on disk since a sibling read it: the text being linted decides
        }
        if (known.problem() != null) {
            throw known.problem();
        }
        return known.body();
    }

    /** A sibling file as read from disk now or earlier in this run, empty when it cannot be read. */
    Optional<Parsed> sibling(Path path, FileAccess access) {
        Path key = keyOf(path);
        Parsed read = recent.get(key, () -> access.read(path)
                .map(text -> parsed(new SourceFile(path, path.getFileName().toString(), text))).orElse(null));
        if (read != null && read.source().text().length() > LARGEST_CACHED) {
            recent.forget(key);
        }
        return Optional.ofNullable(read);
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
}
