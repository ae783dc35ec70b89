package dev.ecslint.core.dockerfile;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the JSON array of an exec-form instruction ({@code ["nginx", "-g", "daemon off;"]}) with the
 * position of every string. Like Docker (Go's {@code json.Decoder}), it reads the first JSON value and
 * ignores what follows; text that is not a JSON array is shell form.
 */
final class ExecForm {

    /** The result of reading: a string array, an array holding something else, or not an array. */
    enum Kind { STRINGS, NOT_STRINGS, NOT_JSON }

    record Result(Kind kind, List<Token> elements) { }

    private static final Result NOT_JSON = new Result(Kind.NOT_JSON, List.of());
    private static final Result NOT_STRINGS = new Result(Kind.NOT_STRINGS, List.of());

    private final MappedText in;
    private int pos;

    private ExecForm(MappedText in, int pos) {
        this.in = in;
        this.pos = pos;
    }

    static Result read(MappedText text, int start) {
        return new ExecForm(text, start).array();
    }

    private Result array() {
        skipBlanks();
        if (!accept('[')) {
            return NOT_JSON;
        }
        List<Token> elements = new ArrayList<>();
        boolean allStrings = true;
        skipBlanks();
        if (accept(']')) {
            return new Result(Kind.STRINGS, elements);
        }
        while (true) {
            skipBlanks();
            if (peek() == '"') {
                int start = pos;
                String value = string();
                if (value == null) {
                    return NOT_JSON;
                }
                elements.add(in.token(start, pos, value));
            } else if (!skipValue()) {
                return NOT_JSON;
            } else {
                allStrings = false;
            }
            skipBlanks();
            if (accept(']')) {
                return allStrings ? new Result(Kind.STRINGS, elements) : NOT_STRINGS;
            }
            if (!accept(',')) {
                return NOT_JSON;
            }
        }
    }

    private String string() {
        pos++;
        StringBuilder value = new StringBuilder();
        while (pos < in.length()) {
            char c = in.charAt(pos++);
            if (c == '"') {
                return value.toString();
            }
            if (c < 0x20) {
                return null;
            }
            if (c != '\\') {
                value.append(c);
                continue;
            }
            if (pos >= in.length()) {
                return null;
            }
            char e = in.charAt(pos++);
            switch (e) {
                case '"', '\\', '/' -> value.append(e);
                case 'b' -> value.append('\b');
                case 'f' -> value.append('\f');
                case 'n' -> value.append('\n');
                case 'r' -> value.append('\r');
                case 't' -> value.append('\t');
                case 'u' -> {
                    if (pos + 4 > in.length()) {
                        return null;
                    }
                    try {
                        value.append((char) Integer.parseInt(in.substring(pos, pos + 4), 16));
                    } catch (NumberFormatException ex) {
                        return null;
                    }
                    pos += 4;
                }
                default -> {
                    return null;
                }
            }
        }
        return null;
    }

    /** Skips a JSON value that is not a string; false when it is not valid JSON. */
    private boolean skipValue() {
        char c = peek();
        if (c == '"') {
            return string() != null;
        }
        if (c == '[' || c == '{') {
            char close = c == '[' ? ']' : '}';
            pos++;
            skipBlanks();
            if (accept(close)) {
                return true;
            }
            while (true) {
                skipBlanks();
                if (close == '}') {
                    if (peek() != '"' || string() == null) {
                        return false;
                    }
                    skipBlanks();
                    if (!accept(':')) {
                        return false;
                    }
                    skipBlanks();
                }
                if (!skipValue()) {
                    return false;
                }
                skipBlanks();
                if (accept(close)) {
                    return true;
                }
                if (!accept(',')) {
                    return false;
                }
            }
        }
        for (String literal : new String[] {"true", "false", "null"}) {
            if (in.startsWith(literal, pos)) {
                pos += literal.length();
                return true;
            }
        }
        int start = pos;
        while (pos < in.length() && "+-0123456789.eE".indexOf(in.charAt(pos)) >= 0) {
            pos++;
        }
        return pos > start && isNumber(in.substring(start, pos));
    }

    private static boolean isNumber(String s) {
        return s.matches("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?");
    }

    private char peek() {
        return pos < in.length() ? in.charAt(pos) : '\0';
    }

    private boolean accept(char c) {
        if (peek() == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void skipBlanks() {
        while (pos < in.length() && Character.isWhitespace(in.charAt(pos))) {
            pos++;
        }
    }
}
