package dev.ecslint.core.engine;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Template syntax in a file that does not parse as JSON or YAML: a Helm chart or Go template
 * ({@code {{- if … }}}), Jinja ({@code {% for … %}}), or an envsubst template with a bare {@code $VAR} where
 * a value belongs. Such a file is not a document until it is rendered, so it is not linted (DESIGN.md:
 * placeholders inside strings of a document that parses are unknown values instead).
 */
final class Templates {

    /** Opening and closing delimiters of Go/Helm and Jinja templates. */
    private static final String[][] DELIMITERS = {{"{{", "}}"}, {"{%", "%}"}};
    /** {@code "family": $NAME,} or {@code [${IMAGE}]}: a variable where a JSON value starts. */
    private static final Pattern BARE_VARIABLE = Pattern.compile("[:\\[,]\\s*\\$\\{?[A-Za-z_][A-Za-z0-9_]*}?\\s*[,}\\]\\n]");

    private Templates() {
    }

    /**
     * What to look for template markers in when a Dockerfile does not parse: the failing line only ({@code {{ }}}
     * in a RUN line is legitimate: {@code docker inspect --format}), or, when that line opens a template block
     * that closes further down ({@code {{} alone on a line, as docker-library's jq templates have), the text from
     * it on: no instruction starts with a template delimiter.
     */
    static String dockerfileContext(String failingLine, String text) {
        String line = failingLine.strip();
        for (String[] pair : DELIMITERS) {
            if (line.startsWith(pair[0]) && firstDelimited(line).isEmpty()) {
                int at = text.indexOf(failingLine);
                return at < 0 ? failingLine : text.substring(at);
            }
        }
        return failingLine;
    }

    static boolean isTemplate(String text) {
        return marker(text).isPresent();
    }

    /** The first template marker in the text, as the message shows it ({@code {{ .Values.image }}}). */
    static Optional<String> marker(String text) {
        Optional<String> delimited = firstDelimited(text);
        if (delimited.isPresent()) {
            return delimited.map(Templates::shorten);
        }
        Matcher m = BARE_VARIABLE.matcher(text);
        if (m.find()) {
            return Optional.of(shorten(m.group().substring(1).strip().replaceAll("[,}\\]]$", "").strip()));
        }
        return Optional.empty();
    }

    /**
     * The leftmost {@code {{…}}} or {@code {%…%}}, found with two scans (a lazy pattern retried from every
     * {@code {} would be quadratic in a run of braces). When the first opening has no closing after it, no
     * later one has either.
     */
    private static Optional<String> firstDelimited(String text) {
        int start = -1;
        int end = -1;
        for (String[] pair : DELIMITERS) {
            int open = text.indexOf(pair[0]);
            int close = open < 0 ? -1 : text.indexOf(pair[1], open + 2);
            if (close >= 0 && (start < 0 || open < start)) {
                start = open;
                end = close + 2;
            }
        }
        return start < 0 ? Optional.empty() : Optional.of(text.substring(start, end));
    }

    private static String shorten(String marker) {
        String oneLine = marker.replaceAll("\\s+", " ");
        return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 37) + "…";
    }
}
