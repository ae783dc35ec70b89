package dev.ecslint.core.grade;

import static dev.ecslint.core.grade.Escaping.markdown;
import static dev.ecslint.core.grade.Escaping.markdownCode;

import dev.ecslint.core.report.CodeFrame;
import java.util.List;
import java.util.Map;

/** One student's feedback as a Markdown page: score by item, then findings grouped by file. */
final class MarkdownFeedback {

    private final FeedbackText text;

    MarkdownFeedback(FeedbackText text) {
        this.text = text;
    }

    String write(GradeResult result) {
        Labels l = text.labels();
        StringBuilder md = new StringBuilder();
        md.append("# ").append(markdown(l.get("feedback.title", result.studentId()))).append("\n\n");
        md.append("**").append(markdown(text.scoreLine(result))).append("**  \n");
        md.append(markdown(l.get("feedback.rubric", text.rubric().title()))).append("\n\n");
        if (result.unreadable().isPresent()) {
            md.append("> ").append(text.ungraded(result.unreadable().get(), Markup.MARKDOWN)).append("\n\n");
        } else {
            md.append(markdown(l.get("feedback.intro"))).append("\n\n");
            if (result.nothingToGrade()) {
                md.append("> ").append(markdown(l.get("nothing", Points.format(text.rubric().floor())))).append("\n\n");
            }
        }
        items(md, result);
        if (!result.notes().isEmpty()) {
            md.append("## ").append(markdown(l.get("section.problems"))).append("\n\n");
            for (ReadProblem p : result.notes()) {
                md.append("- ").append(text.problem(p, Markup.MARKDOWN)).append('\n');
            }
            md.append('\n');
        }
        if (result.unreadable().isEmpty()) {
            files(md, result);
            findings(md, result);
        }
        return md.toString();
    }

    private void items(StringBuilder md, GradeResult result) {
        Labels l = text.labels();
        md.append("## ").append(markdown(l.get("section.items"))).append("\n\n");
        md.append("| ").append(markdown(l.get("col.item"))).append(" | ").append(markdown(l.get("col.points")))
                .append(" | ").append(markdown(l.get("col.details"))).append(" |\n|---|---:|---|\n");
        for (FeedbackText.ItemRow row : text.itemRows(result)) {
            md.append("| ").append(markdown(row.name())).append(" | ").append(markdown(row.points())).append(" | ")
                    .append(markdown(row.details())).append(" |\n");
        }
        md.append("| **").append(markdown(l.get("item.total"))).append("** | **")
                .append(Points.format(result.score())).append(" / ").append(Points.format(result.max()))
                .append("** | |\n\n");
    }

    private void files(StringBuilder md, GradeResult result) {
        Labels l = text.labels();
        md.append("## ").append(markdown(l.get("section.files"))).append("\n\n");
        if (result.files().isEmpty()) {
            md.append(markdown(l.get("no-files"))).append("\n\n");
            return;
        }
        md.append("| ").append(markdown(l.get("col.file"))).append(" | ").append(markdown(l.get("col.kind")))
                .append(" |\n|---|---|\n");
        for (GradedFile f : result.files()) {
            md.append("| ").append(markdownCode(f.path())).append(" | ").append(markdown(text.kind(f))).append(" |\n");
        }
        md.append('\n');
    }

    private void findings(StringBuilder md, GradeResult result) {
        Labels l = text.labels();
        md.append("## ").append(markdown(l.get("section.findings", result.findings().size()))).append("\n\n");
        if (result.findings().isEmpty()) {
            md.append(markdown(l.get("no-findings"))).append("\n\n");
            return;
        }
        for (Map.Entry<String, List<ChargedFinding>> file : text.byFile(result).entrySet()) {
            md.append("### ").append(markdownCode(file.getKey())).append("\n\n");
            int number = 1;
            for (ChargedFinding charged : file.getValue()) {
                FeedbackText.FindingView v = text.view(charged);
                md.append("#### ").append(number++).append(". ").append(markdown(v.heading())).append("\n\n");
                md.append("*").append(markdown(v.where())).append("* · ")
                        .append(v.costsPoints() ? "**" + markdown(v.points()) + "**" : markdown(v.points()))
                        .append("\n\n");
                if (v.frame().isPresent()) {
                    CodeFrame frame = v.frame().get();
                    String block = frame.source() + "\n" + frame.carets();
                    String fence = Escaping.markdownFence(block);
                    md.append(fence).append('\n').append(block).append('\n').append(fence).append("\n\n");
                }
                md.append("- **").append(markdown(l.get("finding.message"))).append(":** ").append(markdown(v.message()))
                        .append('\n');
                if (!v.why().isEmpty()) {
                    md.append("- **").append(markdown(l.get("finding.why"))).append(":** ").append(markdown(v.why()))
                            .append('\n');
                }
                if (!v.fix().isEmpty()) {
                    md.append("- **").append(markdown(l.get("finding.fix"))).append(":** ").append(markdown(v.fix()))
                            .append('\n');
                }
                md.append('\n');
            }
        }
    }
}
