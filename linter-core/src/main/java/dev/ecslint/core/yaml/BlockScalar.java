package dev.ecslint.core.yaml;

/**
 * A literal ({@code |}) or folded ({@code >}) block scalar, scanned as SnakeYAML's {@code scanBlockScalar}
 * does, step by step, so that its value and end mark are SnakeYAML's: the indentation detected from the first
 * lines, clip/strip/keep chomping, and the end mark after the last line break the scalar took.
 *
 * @param end    the end of the scalar's span
 * @param resume where scanning stopped (the next token follows)
 */
record BlockScalar(String value, int end, int resume) {

    private static final class Cursor {
        private final YamlText yaml;
        private int pos;
        private int end;
        private StringBuilder breaks;

        Cursor(YamlText yaml, int pos) {
            this.yaml = yaml;
            this.pos = pos;
            this.end = pos;
        }

        /** SnakeYAML's {@code scanBlockScalarBreaks}: empty lines, each indented up to {@code indent}. */
        void breaks(int indent) {
            breaks = new StringBuilder();
            end = pos;
            skipIndentation(indent);
            while (yaml.at(pos) == '\n') {
                pos++;
                breaks.append('\n');
                end = pos;
                skipIndentation(indent);
            }
        }

        private void skipIndentation(int indent) {
            int column = yaml.column(pos);
            while (column < indent && yaml.at(pos) == ' ') {
                pos++;
                column++;
            }
        }
    }

    /**
     * The block scalar whose indicator is at {@code p}, in a block collection at column {@code indent}; what
     * SnakeYAML would reject, and explicit indentation indicators ({@code |2}), are outside the subset.
     */
    static BlockScalar scan(YamlText yaml, int p, int indent) {
        boolean folded = yaml.at(p) == '>';
        int q = p + 1;
        char chomping = yaml.at(q);
        if (chomping == '-' || chomping == '+') {
            q++;
        } else {
            chomping = ' ';
        }
        q = yaml.skipSpaces(q);
        if (yaml.at(q) == '#') {
            if (q == p + 1 || yaml.at(q - 1) != ' ') {
                throw SimpleYamlReader.outside();
            }
            q = yaml.lineEnd(q);
        }
        if (yaml.at(q) == '\n') {
            q++;
        } else if (yaml.at(q) != '\0') {
            throw SimpleYamlReader.outside();
        }
        int minIndent = Math.max(indent + 1, 1);
        Cursor cursor = new Cursor(yaml, q);
        // SnakeYAML's scanBlockScalarIndentation: the deepest indentation of the leading empty lines
        StringBuilder breaks = new StringBuilder();
        int maxIndent = 0;
        while (yaml.at(cursor.pos) == ' ' || yaml.at(cursor.pos) == '\n') {
            if (yaml.at(cursor.pos) == '\n') {
                breaks.append('\n');
                cursor.pos++;
                cursor.end = cursor.pos;
            } else {
                cursor.pos++;
                maxIndent = Math.max(maxIndent, yaml.column(cursor.pos));
            }
        }
        cursor.breaks = breaks;
        int blockIndent = Math.max(minIndent, maxIndent);
        StringBuilder chunks = new StringBuilder();
        String lineBreak = "";
        while (yaml.column(cursor.pos) == blockIndent && cursor.pos < yaml.length) {
            chunks.append(cursor.breaks);
            boolean leadingNonSpace = yaml.at(cursor.pos) != ' ';
            int lineEnd = yaml.lineEnd(cursor.pos);
            chunks.append(yaml.text, cursor.pos, lineEnd);
            cursor.pos = lineEnd;
            lineBreak = "";
            if (yaml.at(cursor.pos) == '\n') {
                cursor.pos++;
                lineBreak = "\n";
            }
            cursor.breaks(blockIndent);
            if (yaml.column(cursor.pos) == blockIndent && cursor.pos < yaml.length) {
                if (folded && lineBreak.equals("\n") && leadingNonSpace && yaml.at(cursor.pos) != ' ') {
                    if (cursor.breaks.length() == 0) {
                        chunks.append(' ');
                    }
                } else {
                    chunks.append(lineBreak);
                }
            } else {
                break;
            }
        }
        if (chomping != '-') {
            chunks.append(lineBreak);
        }
        if (chomping == '+') {
            chunks.append(cursor.breaks);
        }
        return new BlockScalar(chunks.toString(), cursor.end, cursor.pos);
    }
}
