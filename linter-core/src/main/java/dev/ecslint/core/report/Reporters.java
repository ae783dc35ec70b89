package dev.ecslint.core.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Every report format by its {@code --format} name. */
public final class Reporters {

    private static final List<String> NAMES = List.of("text", "json", "sarif", "checkstyle", "junit", "gitlab", "github");

    private Reporters() {
    }

    /** The format names, in the order help texts list them. */
    public static List<String> names() {
        return NAMES;
    }

    /**
     * @param format a name from {@link #names()}, case-insensitive
     * @param colour ANSI colours in the text report (the caller decides: a TTY and no {@code NO_COLOR})
     */
    public static Optional<Reporter> byName(String format, boolean colour) {
        if (format == null) {
            return Optional.empty();
        }
        Reporter reporter = switch (format.strip().toLowerCase(Locale.ROOT)) {
            case "text" -> new TextReporter(colour);
            case "json" -> new JsonReporter();
            case "sarif" -> new SarifReporter();
            case "checkstyle" -> new CheckstyleReporter();
            case "junit" -> new JunitReporter();
            case "gitlab" -> new GitlabReporter();
            case "github" -> new GithubReporter();
            default -> null;
        };
        return Optional.ofNullable(reporter);
    }
}
