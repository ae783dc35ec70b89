package dev.ecslint.core.grade;

import java.util.List;

/**
 * The grades of a whole class, sorted by student id.
 *
 * @param identical groups of submissions that hand in the same files, for the instructor to look at
 */
public record ClassResults(Rubric rubric, List<GradeResult> results, List<Likeness.Group> identical) {
    public ClassResults {
        results = List.copyOf(results);
        identical = List.copyOf(identical);
    }

    public ClassResults(Rubric rubric, List<GradeResult> results) {
        this(rubric, results, List.of());
    }
}
