package dev.ecslint.core.report;

import dev.ecslint.core.i18n.Localizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Every report format by its {@code --format} name. */
public final class Reporters {

    private static final List<String> NAMES = List.of("text", "compact", "json", "sarif", "checkstyle", "junit", "gitlab",
            "github");

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
        return byName(format, colour, Localizer.english());
    }

    /**
     * @param format a name from {@link #names()}, case-insensitive
     * @param colour ANSI colours in the text report (the caller decides: a TTY and no {@code NO_COLOR})
     * @param texts  the run's language: messages, fixes, summaries and rule descriptions are written in it
     */
    public static Optional<Reporter> byName(String format, boolean colour, Localizer texts) {
        if (format == null) {
            return Optional.empty();
        }
        Reporter reporter = switch (format.strip().toLowerCase(Locale.ROOT)) {
            case "text" -> new TextReporter(colour, texts);
            case "compact" -> new CompactReporter(texts);
            case "json" -> new JsonReporter(texts);
            case "sarif" -> new SarifReporter(texts);
            case "checkstyle" -> new CheckstyleReporter(texts);
            case "junit" -> new JunitReporter(texts);
            case "gitlab" -> new GitlabReporter(texts);
            case "github" -> new GithubReporter(texts);
            default -> null;
        };
        return Optional.ofNullable(reporter);
    }
}
