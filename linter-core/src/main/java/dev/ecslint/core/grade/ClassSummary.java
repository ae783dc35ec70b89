package dev.ecslint.core.grade;

import dev.ecslint.core.i18n.Localizer;
import static dev.ecslint.core.grade.Escaping.html;
import static dev.ecslint.core.grade.Escaping.markdown;

import dev.ecslint.core.engine.RuleRegistry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The class at a glance for the instructor: score statistics and distribution, the findings most
 * students share (what to re-teach), missing artifacts and submissions that could not be graded.
 */
final class ClassSummary {

    private static final int FREQUENT_SHOWN = 15;
    private static final int BAR_WIDTH = 30;

    private final ClassResults results;
    private final Labels labels;
    private final Localizer explanations;
    private final RuleRegistry registry;

    ClassSummary(ClassResults results, Labels labels, Localizer explanations, RuleRegistry registry) {
        this.results = results;
        this.labels = labels;
        this.explanations = explanations;
        this.registry = registry;
    }

    /** A rule's findings across the class. */
    record Frequent(String ruleId, String title, int students, int findings) { }

    /** A score range and how many students fall in it. */
    record Bucket(String range, int students) { }

    List<Frequent> frequent() {
        Map<String, Set<String>> students = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        for (GradeResult r : results.results()) {
            for (ChargedFinding f : r.activeFindings()) {
                String id = f.finding().ruleId();
                students.computeIfAbsent(id, k -> new HashSet<>()).add(r.studentId());
                counts.merge(id, 1, Integer::sum);
            }
        }
        List<Frequent> out = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : students.entrySet()) {
            String title = registry.byId(e.getKey()).map(explanations::title).orElse(e.getKey());
            out.add(new Frequent(e.getKey(), title, e.getValue().size(), counts.get(e.getKey())));
        }
        out.sort(Comparator.comparingInt(Frequent::students).reversed()
                .thenComparing(Comparator.comparingInt(Frequent::findings).reversed())
                .thenComparing(Frequent::ruleId));
        return out;
    }

    /** Ten equal ranges of the total; scores above it (extra credit) join the top range. */
    List<Bucket> distribution() {
        BigDecimal max = results.rubric().total();
        int[] counts = new int[10];
        for (GradeResult r : results.results()) {
            int bucket = r.score().multiply(BigDecimal.TEN).divide(max, 0, RoundingMode.FLOOR).intValue();
            counts[Math.max(0, Math.min(9, bucket))]++;
        }
        List<Bucket> buckets = new ArrayList<>();
        for (int i = 9; i >= 0; i--) {
            BigDecimal low = max.multiply(BigDecimal.valueOf(i)).divide(BigDecimal.TEN);
            BigDecimal high = max.multiply(BigDecimal.valueOf(i + 1)).divide(BigDecimal.TEN);
            String range = Points.format(low) + (i == 9 ? "–" + Points.format(high) : "–<" + Points.format(high));
            buckets.add(new Bucket(range, counts[i]));
        }
        return buckets;
    }

    /** Per artifact, the students who did not hand it in (graded submissions only). */
    Map<String, List<String>> missing() {
        Map<String, List<String>> missing = new TreeMap<>();
        for (GradeResult r : results.results()) {
            if (r.unreadable().isPresent()) {
                continue;
            }
            for (ItemResult item : r.items()) {
                if (item.type() == ItemResult.Type.ARTIFACT && item.files().isEmpty()) {
                    missing.computeIfAbsent(item.name(), k -> new ArrayList<>()).add(r.studentId());
                }
            }
        }
        return missing;
    }

    private String statistics() {
        List<BigDecimal> scores = new ArrayList<>();
        results.results().forEach(r -> scores.add(r.score()));
        scores.sort(null);
        String total = Points.format(results.rubric().total());
        if (scores.isEmpty()) {
            return labels.get("summary.stats", "-", "-", "-", "-", total);
        }
        BigDecimal sum = scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal mean = sum.divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP);
        int n = scores.size();
        BigDecimal median = n % 2 == 1 ? scores.get(n / 2)
                : scores.get(n / 2 - 1).add(scores.get(n / 2)).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
        return labels.get("summary.stats", Points.format(mean), Points.format(median), Points.format(scores.get(0)),
                Points.format(scores.get(n - 1)), total);
    }

    private long ungradedCount() {
        return results.results().stream().filter(r -> r.unreadable().isPresent()).count();
    }

    private String bar(int students) {
        int most = distribution().stream().mapToInt(Bucket::students).max().orElse(1);
        return "█".repeat(most == 0 ? 0 : (int) Math.ceil((double) students * BAR_WIDTH / most));
    }

    String toMarkdown() {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(markdown(labels.get("summary.title", results.rubric().title()))).append("\n\n");
        md.append(markdown(labels.get("summary.counts", results.results().size(), ungradedCount()))).append("  \n");
        md.append(markdown(statistics())).append("\n\n");
        md.append("## ").append(markdown(labels.get("summary.distribution"))).append("\n\n| ")
                .append(markdown(labels.get("col.range"))).append(" | ").append(markdown(labels.get("col.students")))
                .append(" | |\n|---|---:|---|\n");
        for (Bucket b : distribution()) {
            md.append("| ").append(b.range()).append(" | ").append(b.students()).append(" | ").append(bar(b.students()))
                    .append(" |\n");
        }
        md.append("\n## ").append(markdown(labels.get("summary.frequent"))).append("\n\n");
        List<Frequent> frequent = frequent();
        if (frequent.isEmpty()) {
            md.append(markdown(labels.get("summary.frequent.none"))).append("\n\n");
        } else {
            md.append("| ").append(markdown(labels.get("col.rule"))).append(" | ").append(markdown(labels.get("col.title")))
                    .append(" | ").append(markdown(labels.get("col.students"))).append(" | ")
                    .append(markdown(labels.get("col.findings"))).append(" |\n|---|---|---:|---:|\n");
            for (Frequent f : frequent.subList(0, Math.min(FREQUENT_SHOWN, frequent.size()))) {
                md.append("| ").append(f.ruleId()).append(" | ").append(markdown(f.title())).append(" | ")
                        .append(f.students()).append(" | ").append(f.findings()).append(" |\n");
            }
            md.append('\n');
        }
        Map<String, List<String>> missing = missing();
        if (!missing.isEmpty()) {
            md.append("## ").append(markdown(labels.get("summary.missing"))).append("\n\n");
            missing.forEach((item, students) -> md.append("- ").append(markdown(item)).append(" (")
                    .append(students.size()).append("): ").append(markdown(String.join(", ", students))).append('\n'));
            md.append('\n');
        }
        if (!results.identical().isEmpty()) {
            md.append("## ").append(markdown(labels.get("summary.identical"))).append("\n\n");
            results.identical().forEach(g -> md.append("- ").append(markdown(identical(g))).append('\n'));
            md.append('\n');
        }
        if (ungradedCount() > 0) {
            md.append("## ").append(markdown(labels.get("summary.ungraded"))).append("\n\n");
            for (GradeResult r : results.results()) {
                r.unreadable().ifPresent(p -> md.append("- ").append(markdown(r.origin())).append(": ")
                        .append(problem(p, Markup.MARKDOWN)).append('\n'));
            }
            md.append('\n');
        }
        md.append("## ").append(markdown(labels.get("summary.grades"))).append("\n\n| ")
                .append(markdown(labels.get("col.student"))).append(" | ").append(markdown(labels.get("col.score")))
                .append(" |\n|---|---:|\n");
        for (GradeResult r : results.results()) {
            md.append("| ").append(markdown(r.studentId())).append(" | ").append(Points.format(r.score())).append(" / ")
                    .append(Points.format(r.max())).append(" |\n");
        }
        return md.toString();
    }

    String toHtml() {
        StringBuilder h = new StringBuilder();
        String title = labels.get("summary.title", results.rubric().title());
        h.append("<!DOCTYPE html>\n<html lang=\"").append(labels.language().code()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<title>").append(html(title)).append("</title>\n<style>")
                .append(HtmlFeedback.STYLE).append("</style>\n</head>\n<body>\n<h1>").append(html(title))
                .append("</h1>\n<p>").append(html(labels.get("summary.counts", results.results().size(), ungradedCount())))
                .append("<br>").append(html(statistics())).append("</p>\n");
        h.append("<h2>").append(html(labels.get("summary.distribution"))).append("</h2>\n<table>\n<tr><th>")
                .append(html(labels.get("col.range"))).append("</th><th>").append(html(labels.get("col.students")))
                .append("</th><th></th></tr>\n");
        for (Bucket b : distribution()) {
            h.append("<tr><td>").append(html(b.range())).append("</td><td class=\"num\">").append(b.students())
                    .append("</td><td>").append(bar(b.students())).append("</td></tr>\n");
        }
        h.append("</table>\n<h2>").append(html(labels.get("summary.frequent"))).append("</h2>\n");
        List<Frequent> frequent = frequent();
        if (frequent.isEmpty()) {
            h.append("<p>").append(html(labels.get("summary.frequent.none"))).append("</p>\n");
        } else {
            h.append("<table>\n<tr><th>").append(html(labels.get("col.rule"))).append("</th><th>")
                    .append(html(labels.get("col.title"))).append("</th><th>").append(html(labels.get("col.students")))
                    .append("</th><th>").append(html(labels.get("col.findings"))).append("</th></tr>\n");
            for (Frequent f : frequent.subList(0, Math.min(FREQUENT_SHOWN, frequent.size()))) {
                h.append("<tr><td>").append(html(f.ruleId())).append("</td><td>").append(html(f.title()))
                        .append("</td><td class=\"num\">").append(f.students()).append("</td><td class=\"num\">")
                        .append(f.findings()).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        Map<String, List<String>> missing = missing();
        if (!missing.isEmpty()) {
            h.append("<h2>").append(html(labels.get("summary.missing"))).append("</h2>\n<ul>\n");
            missing.forEach((item, students) -> h.append("<li>").append(html(item)).append(" (").append(students.size())
                    .append("): ").append(html(String.join(", ", students))).append("</li>\n"));
            h.append("</ul>\n");
        }
        if (!results.identical().isEmpty()) {
            h.append("<h2>").append(html(labels.get("summary.identical"))).append("</h2>\n<ul>\n");
            results.identical().forEach(g -> h.append("<li>").append(html(identical(g))).append("</li>\n"));
            h.append("</ul>\n");
        }
        if (ungradedCount() > 0) {
            h.append("<h2>").append(html(labels.get("summary.ungraded"))).append("</h2>\n<ul>\n");
            for (GradeResult r : results.results()) {
                r.unreadable().ifPresent(p -> h.append("<li>").append(html(r.origin())).append(": ")
                        .append(problem(p, Markup.HTML)).append("</li>\n"));
            }
            h.append("</ul>\n");
        }
        h.append("<h2>").append(html(labels.get("summary.grades"))).append("</h2>\n<table>\n<tr><th>")
                .append(html(labels.get("col.student"))).append("</th><th>").append(html(labels.get("col.score")))
                .append("</th></tr>\n");
        for (GradeResult r : results.results()) {
            h.append("<tr><td>").append(html(r.studentId())).append("</td><td class=\"num\">")
                    .append(Points.format(r.score())).append(" / ").append(Points.format(r.max())).append("</td></tr>\n");
        }
        h.append("</table>\n</body>\n</html>\n");
        return h.toString();
    }

    private String identical(Likeness.Group group) {
        return labels.get(group.byteForByte() ? "summary.identical.bytes" : "summary.identical.near",
                String.join(", ", group.students()));
    }

    private String problem(ReadProblem p, Markup markup) {
        return labels.format(p.kind().key(), markup, markup.code(p.path()), markup.text(p.detail()));
    }

}
