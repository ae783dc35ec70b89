package dev.ecslint.core.grade;

import static dev.ecslint.core.grade.Escaping.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code grades.csv}: one row per student — {@code student, score, max}, one column per rubric item
 * (artifacts and bonuses: points earned; deductions: points lost, as a negative number), the number of
 * findings, and a note; the headers in the feedback's language ({@code 학생, 점수, 만점, …} in Korean). UTF-8 with a byte-order mark so that Excel shows Korean names and items
 * correctly, CRLF line ends (RFC 4180).
 */
final class CsvGradebook {

    static final String BOM = "\uFEFF";

    private CsvGradebook() {
    }

    static String write(ClassResults results, Labels labels) {
        StringBuilder out = new StringBuilder(BOM);
        List<String> header = new ArrayList<>(List.of(labels.get("csv.student"), labels.get("csv.score"),
                labels.get("csv.max")));
        results.rubric().artifacts().forEach(a -> header.add(a.name()));
        results.rubric().deductions().forEach(d -> header.add(d.name()));
        results.rubric().bonuses().forEach(b -> header.add(b.name()));
        header.add(labels.get("csv.findings"));
        header.add(labels.get("csv.note"));
        row(out, header);
        for (GradeResult r : results.results()) {
            List<String> cells = new ArrayList<>();
            cells.add(r.studentId());
            cells.add(Points.format(r.score()));
            cells.add(Points.format(r.max()));
            r.items().forEach(item -> cells.add(Points.format(item.points())));
            cells.add(Integer.toString(r.activeFindings().size()));
            cells.add(note(r, labels));
            row(out, cells);
        }
        return out.toString();
    }

    private static String note(GradeResult r, Labels labels) {
        if (r.unreadable().isPresent()) {
            ReadProblem p = r.unreadable().get();
            return labels.format(p.kind().key(), Markup.PLAIN, Markup.PLAIN.code(p.path()), p.detail());
        }
        return r.nothingToGrade() ? labels.get("csv.nothing") : "";
    }

    private static void row(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(csv(cells.get(i)));
        }
        out.append("\r\n");
    }
}
