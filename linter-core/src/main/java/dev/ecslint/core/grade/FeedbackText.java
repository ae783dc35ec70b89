package dev.ecslint.core.grade;

import dev.ecslint.core.i18n.Localizer;
import dev.ecslint.core.engine.RuleRegistry;
import dev.ecslint.core.model.Finding;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import dev.ecslint.core.report.CodeFrame;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The words of one student's feedback, before any format escapes them: shared by the Markdown page,
 * the HTML page and Gradescope's output so that all three say the same thing.
 */
final class FeedbackText {

    private final Rubric rubric;
    private final Labels labels;
    private final Localizer explanations;
    private final RuleRegistry registry;

    FeedbackText(Rubric rubric, Labels labels, Localizer explanations, RuleRegistry registry) {
        this.rubric = rubric;
        this.labels = labels;
        this.explanations = explanations;
        this.registry = registry;
    }

    Labels labels() {
        return labels;
    }

    Rubric rubric() {
        return rubric;
    }

    /** One rubric item's row: name, points as "earned / max" or "-lost", and what decided it. */
    record ItemRow(String name, String points, String details) { }

    /** One finding explained. {@code frame} is empty when the source line is unknown. */
    record FindingView(String heading, String where, String points, String message, String why, String fix,
                       Optional<CodeFrame> frame, boolean costsPoints) { }

    List<ItemRow> itemRows(GradeResult result) {
        List<ItemRow> rows = new ArrayList<>();
        Map<String, Rubric.Artifact> artifacts = new TreeMap<>();
        rubric.artifacts().forEach(a -> artifacts.put(a.name(), a));
        Map<String, Rubric.Bonus> bonuses = new TreeMap<>();
        rubric.bonuses().forEach(b -> bonuses.put(b.name(), b));
        for (ItemResult item : result.items()) {
            switch (item.type()) {
                case ARTIFACT: {
                    String details = !item.files().isEmpty()
                            ? labels.get("item.artifact.found", String.join(", ", item.files()))
                            : item.unusable().isEmpty()
                            ? labels.get("item.artifact.missing", artifacts.get(item.name()).files().describe())
                            : unusable(item, result);
                    rows.add(new ItemRow(item.name(), Points.format(item.points()) + " / " + Points.format(item.max()),
                            result.unreadable().isPresent() ? "" : details));
                    break;
                }
                case DEDUCTION:
                    rows.add(new ItemRow(item.name(), Points.signed(item.points()),
                            labels.get("item.deduction", item.count(), Points.format(item.max()))));
                    break;
                default: {
                    Rubric.Bonus bonus = bonuses.get(item.name());
                    String details;
                    if (item.points().signum() > 0) {
                        details = labels.get("item.bonus.earned", String.join(", ", item.files()));
                    } else if (item.files().isEmpty() && !item.unusable().isEmpty()) {
                        details = unusable(item, result);
                    } else if (item.files().isEmpty()) {
                        details = labels.get("item.bonus.absent", bonus.files().describe());
                    } else {
                        details = labels.get("item.bonus.unclean", String.join(", ", item.files()));
                    }
                    rows.add(new ItemRow(item.name(), Points.signed(item.points()) + " / " + Points.format(item.max()),
                            result.unreadable().isPresent() ? "" : details));
                }
            }
        }
        return rows;
    }

    /** Why the files that stand where the item's file should be earn nothing, one flaw after the other. */
    private String unusable(ItemResult item, GradeResult result) {
        List<String> reasons = new ArrayList<>();
        for (GradedFile file : result.files()) {
            if (item.unusable().contains(file.path())) {
                file.flaw().ifPresent(flaw -> reasons.add(labels.get(flaw.label(), file.path())));
            }
        }
        return String.join("; ", reasons);
    }

    String scoreLine(GradeResult result) {
        return labels.get("feedback.score", Points.format(result.score()), Points.format(result.max()));
    }

    /** A problem with the submission, in {@code markup}: the path as code, the rest as text. */
    String problem(ReadProblem problem, Markup markup) {
        return labels.format(problem.kind().key(), markup, markup.code(problem.path()), markup.text(problem.detail()));
    }

    /** Why a submission was not graded, in {@code markup}. */
    String ungraded(ReadProblem problem, Markup markup) {
        return labels.format("ungraded", markup, problem(problem, markup));
    }

    String severity(Severity severity) {
        return labels.get("severity." + severity.label());
    }

    String kind(GradedFile file) {
        return file.kind() == dev.ecslint.core.model.DocumentKind.UNKNOWN ? labels.get("kind.unknown")
                : file.kind().label();
    }

    /** The findings grouped by file, files in path order. */
    Map<String, List<ChargedFinding>> byFile(GradeResult result) {
        Map<String, List<ChargedFinding>> byFile = new TreeMap<>();
        for (ChargedFinding f : result.findings()) {
            byFile.computeIfAbsent(f.finding().location().path(), k -> new ArrayList<>()).add(f);
        }
        return byFile;
    }

    FindingView view(ChargedFinding charged) {
        Finding f = charged.finding();
        Optional<RuleMeta> meta = registry.byId(f.ruleId());
        String title = meta.map(explanations::title).orElse(f.ruleId());
        String heading = severity(f.severity()) + " " + f.ruleId() + " " + f.ruleName() + ": " + title;
        String where = labels.get("finding.where", f.location().line(), f.location().column());
        String points;
        if (f.suppressed()) {
            points = labels.get("finding.suppressed", explanations.render(f.suppression().justification()));
        } else if (charged.pointsLost().signum() > 0) {
            points = labels.get("finding.lost", Points.format(charged.pointsLost()), charged.deduction().orElse(""));
        } else if (charged.capReached()) {
            points = labels.get("finding.cap", charged.deduction().orElse(""));
        } else {
            points = labels.get("finding.free");
        }
        Optional<CodeFrame> frame = charged.snippet().isEmpty() ? Optional.empty()
                : Optional.of(CodeFrame.of(f, charged.snippet()));
        return new FindingView(heading, where, points, explanations.render(f.message()),
                meta.map(explanations::rationale).orElse(""),
                f.fix() != null ? explanations.render(f.fix()) : meta.map(explanations::fix).orElse(""), frame,
                charged.pointsLost().signum() > 0);
    }
}
