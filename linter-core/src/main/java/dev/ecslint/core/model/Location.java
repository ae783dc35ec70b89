package dev.ecslint.core.model;

/**
 * Where a finding points: 1-based line and column, an exclusive end column (one past the last
 * character, as SARIF counts), and for JSON/YAML documents the RFC 6901 pointer of the value.
 *
 * @param path    the path as shown to the user (relative to the working directory when below it)
 * @param pointer JSON pointer of the offending value, or {@code null} for Dockerfiles
 */
public record Location(String path, int line, int column, int endLine, int endColumn, String pointer) {

    public Location {
        if (line < 1) {
            line = 1;
        }
        if (column < 1) {
            column = 1;
        }
        if (endLine < line) {
            endLine = line;
        }
        if (endLine == line && endColumn < column) {
            endColumn = column;
        }
    }

    public static Location at(String path, int line, int column) {
        return new Location(path, line, column, line, column, null);
    }

    /** The start of the file: for findings about a file as a whole. */
    public static Location startOf(String path) {
        return at(path, 1, 1);
    }

    public Location withPointer(String newPointer) {
        return new Location(path, line, column, endLine, endColumn, newPointer);
    }
}
