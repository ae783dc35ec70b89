package dev.ecslint.core.model;

import java.util.Locale;
import java.util.Optional;

/** Finding severities, highest first: error &gt; warning &gt; info &gt; style. */
public enum Severity {
    ERROR, WARNING, INFO, STYLE;

    /** The lower-case name used in configuration, reports and the CLI. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this severity is at least as high as {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return compareTo(threshold) <= 0;
    }

    public static Optional<Severity> parse(String text) {
        for (Severity s : values()) {
            if (s.label().equalsIgnoreCase(text.trim())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
