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

    private static final Pattern GO_OR_JINJA = Pattern.compile("\\{\\{.*?}}|\\{%.*?%}", Pattern.DOTALL);
    /** {@code "family": $NAME,} or {@code [${IMAGE}]}: a variable where a JSON value starts. */
    private static final Pattern BARE_VARIABLE = Pattern.compile("[:\\[,]\\s*\\$\\{?[A-Za-z_][A-Za-z0-9_]*}?\\s*[,}\\]\\n]");

    private Templates() {
    }

    static boolean isTemplate(String text) {
        return marker(text).isPresent();
    }

    /** The first template marker in the text, as the message shows it ({@code {{ .Values.image }}}). */
    static Optional<String> marker(String text) {
        Matcher m = GO_OR_JINJA.matcher(text);
        if (m.find()) {
            return Optional.of(shorten(m.group()));
        }
        m = BARE_VARIABLE.matcher(text);
        if (m.find()) {
            return Optional.of(shorten(m.group().substring(1).strip().replaceAll("[,}\\]]$", "").strip()));
        }
        return Optional.empty();
    }

    private static String shorten(String marker) {
        String oneLine = marker.replaceAll("\\s+", " ");
        return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 37) + "…";
    }
}
