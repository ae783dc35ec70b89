package dev.ecslint.core.grade;

import java.util.List;

/** The grades of a whole class, sorted by student id. */
public record ClassResults(Rubric rubric, List<GradeResult> results) {
    public ClassResults {
        results = List.copyOf(results);
    }
}
