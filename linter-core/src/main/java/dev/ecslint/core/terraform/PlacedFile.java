package dev.ecslint.core.terraform;

import dev.ecslint.core.model.Span;
import dev.ecslint.core.model.SourceFile;

/**
 * A file of a module and the first line it occupies in the module's coordinates: line {@code n} of the file
 * is line {@code lineBase + n} of the module (see {@link ModuleFiles}).
 */
public record PlacedFile(SourceFile source, int lineBase) {

    /** The module-coordinate span of the file offsets {@code [start, end)}. */
    public Span span(int start, int end) {
        return shift(source.span(start, end), lineBase);
    }

    /** A span of the file itself (line 1 = its first line) moved into module coordinates. */
    public Span place(Span local) {
        return shift(local, lineBase);
    }

    /** A module-coordinate span of this file moved back to the file's own lines. */
    public Span local(Span placed) {
        return shift(placed, -lineBase);
    }

    /** True when a module-coordinate line lies in this file. */
    public boolean holds(int line) {
        return line > lineBase && line <= lineBase + source.lineCount();
    }

    static Span shift(Span span, int lines) {
        return lines == 0 ? span
                : new Span(span.line() + lines, span.column(), span.endLine() + lines, span.endColumn());
    }
}
