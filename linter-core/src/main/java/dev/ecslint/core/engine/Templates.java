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

    /** {@code "family": $NAME,} or {@code [${IMAGE}]}: a variable where a JSON value starts. */
    private static final Pattern BARE_VARIABLE = Pattern.compile("[:\\[,]\\s*\\$\\{?[A-Za-z_][A-Za-z0-9_]*}?\\s*[,}\\]\\n]");

    private Templates() {
    }

    static boolean isTemplate(String text) {
        return marker(text).isPresent();
    }

    /** The first template marker in the text, as the message shows it ({@code {{ .Values.image }}}). */
    static Optional<String> marker(String text) {
        Optional<String> go = delimited(text, "{{", "}}");
        Optional<String> jinja = delimited(text, "{%", "%}");
        if (go.isPresent() || jinja.isPresent()) {
            boolean goFirst = jinja.isEmpty() || go.isPresent() && text.indexOf("{{") < text.indexOf("{%");
            return (goFirst ? go : jinja).map(Templates::shorten);
        }
        Matcher m = BARE_VARIABLE.matcher(text);
        if (m.find()) {
            return Optional.of(shorten(m.group().substring(1).strip().replaceAll("[,}\\]]$", "").strip()));
        }
        return Optional.empty();
    }

    /** The first {@code open … close} span, found in linear time (no closing after the first opening: none at all). */
    private static Optional<String> delimited(String text, String open, String close) {
        int start = text.indexOf(open);
        if (start < 0) {
            return Optional.empty();
        }
        int end = text.indexOf(close, start + open.length());
        return end < 0 ? Optional.empty() : Optional.of(text.substring(start, end + close.length()));
    }

    private static String shorten(String marker) {
        String oneLine = marker.replaceAll("\\s+", " ");
        return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 37) + "…";
    }
}
