package dev.ecslint.core.terraform;

import dev.ecslint.core.model.SourceFile;
import dev.ecslint.core.model.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The files a module's values come from, each given its own range of lines, as Go's {@code token.FileSet}
 * gives each file a range of positions: a span then names its file without carrying it, so the model and
 * the rules stay as they are, and the engine keeps the findings that lie in the file being linted.
 *
 * <p>The first file added is the one being linted, at its own line numbers.
 */
public final class ModuleFiles {

    private final List<PlacedFile> files = new ArrayList<>();
    private int nextBase;

    /** Places a file after the ones already placed (once: the same file on disk is placed once). */
    public PlacedFile add(SourceFile source) {
        Optional<PlacedFile> known = find(source.path());
        if (known.isPresent()) {
            return known.get();
        }
        PlacedFile placed = new PlacedFile(source, nextBase);
        files.add(placed);
        nextBase += source.lineCount() + 1;
        return placed;
    }

    /** The placed file read from this path, if any. */
    public Optional<PlacedFile> find(Path path) {
        if (path == null) {
            return Optional.empty();
        }
        Path normal = path.toAbsolutePath().normalize();
        return files.stream().filter(f -> f.source().path() != null
                && f.source().path().toAbsolutePath().normalize().equals(normal)).findFirst();
    }

    public List<PlacedFile> files() {
        return List.copyOf(files);
    }

    /** The file a module-coordinate span lies in. */
    public Optional<PlacedFile> fileOf(Span span) {
        for (PlacedFile f : files) {
            if (f.holds(span.line())) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The text a module-coordinate span covers, for showing an expression as written. */
    public String textOf(Span span) {
        Optional<PlacedFile> file = fileOf(span);
        if (file.isEmpty()) {
            return "";
        }
        SourceFile source = file.get().source();
        Span local = file.get().local(span);
        int start = source.lineStart(local.line()) + local.column() - 1;
        int end = source.lineStart(local.endLine()) + local.endColumn() - 1;
        String text = source.text();
        return text.substring(Math.max(0, Math.min(start, text.length())), Math.max(0, Math.min(end, text.length())));
    }
}
