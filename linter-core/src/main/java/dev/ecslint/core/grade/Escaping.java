package dev.ecslint.core.grade;

/**
 * Text from submissions (file names, source lines, messages quoting them) made inert in each output
 * format: a student's {@code <script>} must show as text in every page an instructor opens.
 */
final class Escaping {

    private Escaping() {
    }

    static String html(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&':
                    out.append("&amp;");
                    break;
                case '<':
                    out.append("&lt;");
                    break;
                case '>':
                    out.append("&gt;");
                    break;
                case '"':
                    out.append("&quot;");
                    break;
                case '\'':
                    out.append("&#39;");
                    break;
                default:
                    out.append(Character.isISOControl(c) && c != '\n' && c != '\t' ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }

    /** Markdown text on one line: HTML is escaped and the characters Markdown gives meaning inline are backslashed. */
    static String markdown(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '&') {
                out.append("&amp;");
            } else if (c == '<') {
                out.append("&lt;");
            } else if (c == '>') {
                out.append("&gt;");
            } else if (c == '\n' || c == '\r') {
                out.append(' ');
            } else if (Character.isISOControl(c) && c != '\t') {
                out.append('\uFFFD');
            } else {
                if ("\\`*_[]|~".indexOf(c) >= 0) {
                    out.append('\\');
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A Markdown inline code span that no backtick in {@code text} can close. */
    static String markdownCode(String text) {
        String fence = "`".repeat(longestBacktickRun(text) + 1);
        String oneLine = text.replace('\n', ' ').replace('\r', ' ');
        return fence + " " + oneLine + " " + fence;
    }

    /** A fence for a Markdown code block holding {@code text}: longer than any backtick run inside it. */
    static String markdownFence(String text) {
        return "`".repeat(Math.max(3, longestBacktickRun(text) + 1));
    }

    /** A CSV field (RFC 4180), defused so a spreadsheet never runs a student-chosen formula. */
    static String csv(String text) {
        String value = text;
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !isNumber(value)) {
            value = "'" + value;
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    private static boolean isNumber(String value) {
        return value.matches("-?\\d+(\\.\\d+)?");
    }

    private static int longestBacktickRun(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }
}
