package dev.ecslint.core.model;

/**
 * A region of a source file: 1-based start line and column, end line and exclusive end column.
 * Parsers attach a span to every node so that rules never compute positions themselves.
 */
public record Span(int line, int column, int endLine, int endColumn) {

    public static final Span START = new Span(1, 1, 1, 1);

    public static Span of(int line, int column, int length) {
        return new Span(line, column, line, column + Math.max(0, length));
    }

    public Span to(Span end) {
        return new Span(line, column, end.endLine, end.endColumn);
    }

    public boolean containsLine(int l) {
        return l >= line && l <= endLine;
    }

    public Location in(String path, String pointer) {
        return new Location(path, line, column, endLine, endColumn, pointer);
    }
}
