package dev.ecslint.core.grade;

import static dev.ecslint.core.grade.Escaping.html;

import dev.ecslint.core.report.CodeFrame;
import java.util.List;
import java.util.Map;

/**
 * One student's feedback as a self-contained HTML page (styles inline, no scripts, no external
 * resources), every piece of text from the submission escaped.
 */
final class HtmlFeedback {

    static final String STYLE = "body{font-family:system-ui,-apple-system,'Malgun Gothic','Apple SD Gothic Neo',"
            + "sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1f2328}"
            + "table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #d0d7de;padding:.3rem .6rem;"
            + "text-align:left;vertical-align:top}td.num{text-align:right;white-space:nowrap}"
            + "pre{background:#f6f8fa;padding:.6rem;overflow-x:auto}.finding{border-left:4px solid #d0d7de;"
            + "padding:.2rem 1rem;margin:1rem 0}.finding.error{border-color:#cf222e}.finding.warning{border-color:"
            + "#bf8700}.finding.info{border-color:#0969da}.finding.style{border-color:#8250df}.lost{color:#cf222e;"
            + "font-weight:600}.note{background:#fff8c5;padding:.5rem 1rem}code{background:#f6f8fa;padding:0 .2rem}";

    private final FeedbackText text;

    HtmlFeedback(FeedbackText text) {
        this.text = text;
    }

    String write(GradeResult result) {
        Labels l = text.labels();
        StringBuilder h = new StringBuilder();
        String title = l.get("feedback.title", result.studentId());
        h.append("<!DOCTYPE html>\n<html lang=\"").append(l.language().code()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width\">\n")
                .append("<title>").append(html(title)).append("</title>\n<style>").append(STYLE)
                .append("</style>\n</head>\n<body>\n");
        h.append("<h1>").append(html(title)).append("</h1>\n");
        h.append("<p><strong>").append(html(text.scoreLine(result))).append("</strong><br>")
                .append(html(l.get("feedback.rubric", text.rubric().title()))).append("</p>\n");
        if (result.unreadable().isPresent()) {
            h.append("<p class=\"note\">").append(text.ungraded(result.unreadable().get(), Markup.HTML))
                    .append("</p>\n");
        } else {
            h.append("<p>").append(html(l.get("feedback.intro"))).append("</p>\n");
            if (result.nothingToGrade()) {
                h.append("<p class=\"note\">").append(html(l.get("nothing", Points.format(text.rubric().floor()))))
                        .append("</p>\n");
            }
        }
        items(h, result);
        if (!result.notes().isEmpty()) {
            h.append("<h2>").append(html(l.get("section.problems"))).append("</h2>\n<ul>\n");
            for (ReadProblem p : result.notes()) {
                h.append("<li>").append(text.problem(p, Markup.HTML)).append("</li>\n");
            }
            h.append("</ul>\n");
        }
        if (result.unreadable().isEmpty()) {
            files(h, result);
            findings(h, result);
        }
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private void items(StringBuilder h, GradeResult result) {
        Labels l = text.labels();
        h.append("<h2>").append(html(l.get("section.items"))).append("</h2>\n<table>\n<tr><th>")
                .append(html(l.get("col.item"))).append("</th><th>").append(html(l.get("col.points")))
                .append("</th><th>").append(html(l.get("col.details"))).append("</th></tr>\n");
        for (FeedbackText.ItemRow row : text.itemRows(result)) {
            h.append("<tr><td>").append(html(row.name())).append("</td><td class=\"num\">").append(html(row.points()))
                    .append("</td><td>").append(html(row.details())).append("</td></tr>\n");
        }
        h.append("<tr><th>").append(html(l.get("item.total"))).append("</th><th class=\"num\">")
                .append(Points.format(result.score())).append(" / ").append(Points.format(result.max()))
                .append("</th><th></th></tr>\n</table>\n");
    }

    private void files(StringBuilder h, GradeResult result) {
        Labels l = text.labels();
        h.append("<h2>").append(html(l.get("section.files"))).append("</h2>\n");
        if (result.files().isEmpty()) {
            h.append("<p>").append(html(l.get("no-files"))).append("</p>\n");
            return;
        }
        h.append("<table>\n<tr><th>").append(html(l.get("col.file"))).append("</th><th>")
                .append(html(l.get("col.kind"))).append("</th></tr>\n");
        for (GradedFile f : result.files()) {
            h.append("<tr><td><code>").append(html(f.path())).append("</code></td><td>").append(html(text.kind(f)))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private void findings(StringBuilder h, GradeResult result) {
        Labels l = text.labels();
        h.append("<h2>").append(html(l.get("section.findings", result.findings().size()))).append("</h2>\n");
        if (result.findings().isEmpty()) {
            h.append("<p>").append(html(l.get("no-findings"))).append("</p>\n");
            return;
        }
        for (Map.Entry<String, List<ChargedFinding>> file : text.byFile(result).entrySet()) {
            h.append("<h3><code>").append(html(file.getKey())).append("</code></h3>\n");
            for (ChargedFinding charged : file.getValue()) {
                FeedbackText.FindingView v = text.view(charged);
                h.append("<div class=\"finding ").append(charged.finding().severity().label()).append("\">\n");
                h.append("<h4>").append(html(v.heading())).append("</h4>\n");
                h.append("<p>").append(html(v.where())).append(" · <span")
                        .append(v.costsPoints() ? " class=\"lost\"" : "").append('>').append(html(v.points()))
                        .append("</span></p>\n");
                if (v.frame().isPresent()) {
                    CodeFrame frame = v.frame().get();
                    h.append("<pre>").append(html(frame.source())).append('\n').append(html(frame.carets()))
                            .append("</pre>\n");
                }
                h.append("<p><strong>").append(html(l.get("finding.message"))).append(":</strong> ")
                        .append(html(v.message())).append("</p>\n");
                if (!v.why().isEmpty()) {
                    h.append("<p><strong>").append(html(l.get("finding.why"))).append(":</strong> ")
                            .append(html(v.why())).append("</p>\n");
                }
                if (!v.fix().isEmpty()) {
                    h.append("<p><strong>").append(html(l.get("finding.fix"))).append(":</strong> ")
                            .append(html(v.fix())).append("</p>\n");
                }
                h.append("</div>\n");
            }
        }
    }
}
