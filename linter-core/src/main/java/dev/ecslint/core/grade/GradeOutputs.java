package dev.ecslint.core.grade;

import dev.ecslint.core.i18n.Language;
import dev.ecslint.core.custom.CustomRules;
import dev.ecslint.core.i18n.Localizer;
import dev.ecslint.core.engine.RuleRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a graded class into the output directory (docs/grading.md, "Outputs"):
 * {@code grades.csv}, {@code summary.md} (and {@code summary.html}), {@code feedback/<student>.md} and
 * {@code .html}, {@code gradescope/<student>/results.json}. Everything is sorted and free of
 * timestamps, so the same submissions and rubric give byte-identical files.
 */
public final class GradeOutputs {

    /** What to write. */
    public enum Format {
        CSV, MD, HTML, GRADESCOPE;

        public static Optional<Format> parse(String text) {
            for (Format f : values()) {
                if (f.name().equalsIgnoreCase(text.trim())) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static final Set<Format> DEFAULT_FORMATS = EnumSet.of(Format.CSV, Format.MD, Format.HTML);

    private final RuleRegistry registry;
    private final ClassLoader explanationsLoader;

    /** @param explanationsLoader where the rules' explanation bundles are found */
    public GradeOutputs(RuleRegistry registry, ClassLoader explanationsLoader) {
        this.registry = registry;
        this.explanationsLoader = explanationsLoader;
    }

    public void write(ClassResults results, Path directory, Language language, Set<Format> formats)
            throws IOException {
        Labels labels = Labels.of(language);
        // the rubric's custom rules are explained like the others, in the feedback's language
        RuleRegistry rules = registry.with(results.rubric().customRules());
        Localizer explanations = Localizer.of(language, explanationsLoader).withRules(rules::byId)
                .withTexts(CustomRules.texts(results.rubric().customRules()));
        FeedbackText text = new FeedbackText(results.rubric(), labels, explanations, rules);
        Files.createDirectories(directory);
        if (formats.contains(Format.CSV)) {
            write(directory.resolve("grades.csv"), CsvGradebook.write(results, labels));
        }
        ClassSummary summary = new ClassSummary(results, labels, explanations, rules);
        write(directory.resolve("summary.md"), summary.toMarkdown());
        if (formats.contains(Format.HTML)) {
            write(directory.resolve("summary.html"), summary.toHtml());
        }
        MarkdownFeedback markdown = new MarkdownFeedback(text);
        HtmlFeedback html = new HtmlFeedback(text);
        for (Map.Entry<String, GradeResult> entry : fileNames(results).entrySet()) {
            String name = entry.getKey();
            GradeResult result = entry.getValue();
            String page = markdown.write(result);
            if (formats.contains(Format.MD)) {
                write(directory.resolve("feedback").resolve(name + ".md"), page);
            }
            if (formats.contains(Format.HTML)) {
                write(directory.resolve("feedback").resolve(name + ".html"), html.write(result));
            }
            if (formats.contains(Format.GRADESCOPE)) {
                write(directory.resolve("gradescope").resolve(name).resolve("results.json"),
                        GradescopeResults.write(result, text, page));
            }
        }
    }

    /**
     * A file name per student: the id with anything but letters, digits, {@code .}, {@code _} and
     * {@code -} replaced, never starting with a dot, unique (a suffix tells look-alikes apart).
     */
    static Map<String, GradeResult> fileNames(ClassResults results) {
        Map<String, GradeResult> named = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (GradeResult r : results.results()) {
            StringBuilder safe = new StringBuilder();
            r.studentId().codePoints().forEach(c -> safe.appendCodePoint(
                    Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' ? c : '_'));
            String base = safe.length() == 0 || safe.charAt(0) == '.' ? "_" + safe : safe.toString();
            String name = base;
            for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
                name = base + "-" + n;
            }
            named.put(name, r);
        }
        return named;
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
