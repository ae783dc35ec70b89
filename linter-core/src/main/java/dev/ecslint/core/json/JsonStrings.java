package dev.ecslint.core.json;

/** Where the characters of a JSON string literal's value come from in the text that holds the literal. */
public final class JsonStrings {

    private JsonStrings() {
    }

    /**
     * For each character of the decoded string (and one past its end), the offset in {@code text} of the
     * escape sequence or character that produced it; {@code null} when the text at {@code begin} is not a
     * JSON string literal that decodes to {@code value}.
     *
     * @param begin the offset of the literal's opening quote
     */
    public static int[] offsets(String text, int begin, String value) {
        if (begin < 0 || begin >= text.length() || text.charAt(begin) != '"') {
            return null;
        }
        int[] offsets = new int[value.length() + 1];
        int decoded = 0;
        int i = begin + 1;
        while (i < text.length() && text.charAt(i) != '"') {
            if (decoded >= value.length()) {
                return null;
            }
            offsets[decoded] = i;
            char c = text.charAt(i);
            char produced;
            int width;
            if (c != '\\') {
                produced = c;
                width = 1;
            } else if (i + 1 >= text.length()) {
                return null;
            } else {
                char e = text.charAt(i + 1);
                width = 2;
                switch (e) {
                    case 'n': produced = '\n'; break;
                    case 't': produced = '\t'; break;
                    case 'r': produced = '\r'; break;
                    case 'b': produced = '\b'; break;
                    case 'f': produced = '\f'; break;
                    case 'u':
                        if (i + 6 > text.length()) {
                            return null;
                        }
                        try {
                            produced = (char) Integer.parseInt(text.substring(i + 2, i + 6), 16);
                        } catch (NumberFormatException ex) {
                            return null;
                        }
                        width = 6;
                        break;
                    default: produced = e; break;
                }
            }
            if (produced != value.charAt(decoded)) {
                return null;
            }
            decoded++;
            i += width;
        }
        if (decoded != value.length() || i >= text.length()) {
            return null;
        }
        offsets[decoded] = i;
        return offsets;
    }
}
