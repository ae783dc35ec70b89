package dev.ecslint.core.grade;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One submission's grade and everything its feedback explains.
 *
 * @param findings      in report order (path, line, column, rule), suppressed ones included
 * @param nothingToGrade none of the rubric's artifacts was found: the score is the rubric's floor
 */
public record GradeResult(String studentId, String origin, BigDecimal score, BigDecimal max, List<ItemResult> items,
                          List<GradedFile> files, List<ChargedFinding> findings, List<ReadProblem> notes,
                          Optional<ReadProblem> unreadable, boolean nothingToGrade) {

    public GradeResult {
        items = List.copyOf(items);
        files = List.copyOf(files);
        findings = List.copyOf(findings);
        notes = List.copyOf(notes);
    }

    public List<ChargedFinding> activeFindings() {
        return findings.stream().filter(f -> !f.finding().suppressed()).toList();
    }
}
