package dev.ecslint.core.report;

/**
 * Escaping for the XML reports. XML 1.0 cannot carry most control characters at all, not even as
 * references, so they (and lone surrogates) become U+FFFD; in attributes, newlines and tabs are
 * written as character references because attribute-value normalisation would turn them into spaces.
 */
final class Xml {

    static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    private Xml() {
    }

    /** {@code value} for use between double quotes. */
    static String attribute(String value) {
        return escape(value == null ? "" : value, true);
    }

    /** {@code value} for use as element content. */
    static String text(String value) {
        return escape(value == null ? "" : value, false);
    }

    private static String escape(String value, boolean inAttribute) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(inAttribute ? "&quot;" : "\"");
                case '\'' -> out.append(inAttribute ? "&apos;" : "'");
                case '\n' -> out.append(inAttribute ? "&#10;" : "\n");
                case '\r' -> out.append("&#13;");
                case '\t' -> out.append(inAttribute ? "&#9;" : "\t");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < value.length()
                            && Character.isLowSurrogate(value.charAt(i + 1))) {
                        out.append(c).append(value.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
