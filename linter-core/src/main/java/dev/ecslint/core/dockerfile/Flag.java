package dev.ecslint.core.dockerfile;

import dev.ecslint.core.model.Located;
import dev.ecslint.core.model.Span;

/**
 * An instruction flag such as {@code --from=builder}, {@code --mount=type=cache,target=/root/.m2} or
 * the boolean {@code --link}.
 *
 * @param name      the name without dashes, lower case as written ({@code from})
 * @param value     the value with quotes removed, or {@code null} when written without {@code =}
 * @param span      the whole flag
 * @param nameSpan  the {@code --name} part
 * @param valueSpan the value as written, or {@code null} when there is no value
 */
public record Flag(String name, String value, Span span, Span nameSpan, Span valueSpan) implements Located {

    public boolean hasValue() {
        return value != null;
    }

    /** The value, or {@code ""} when the flag has none. */
    public String valueOrEmpty() {
        return value == null ? "" : value;
    }

    /**
     * For comma-separated option lists ({@code --mount=type=cache,target=/x}): the value of one option,
     * or {@code null}. A bare option ({@code readonly}) gives {@code ""}.
     */
    public String option(String key) {
        if (value == null) {
            return null;
        }
        for (String part : value.split(",")) {
            int eq = part.indexOf('=');
            String k = (eq < 0 ? part : part.substring(0, eq)).trim();
            if (k.equalsIgnoreCase(key)) {
                return eq < 0 ? "" : part.substring(eq + 1).trim();
            }
        }
        return null;
    }
}
