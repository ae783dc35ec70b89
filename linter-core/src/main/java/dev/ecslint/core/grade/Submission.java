package dev.ecslint.core.grade;

import dev.ecslint.core.model.Finding;
import java.util.List;
import java.util.Optional;

/**
 * One student's work as the grader read it.
 *
 * @param id           the student id: the folder's name, or the zip file's name without {@code .zip}
 * @param origin       the folder or archive name in the submissions directory
 * @param files        the lintable files, sorted by path
 * @param readFindings E001 findings for files that could not be read (too large, not UTF-8, unreadable)
 * @param notes        what was skipped and why (links leaving the submission, unsafe zip entries)
 * @param unreadable   why the whole submission could not be graded; it then scores 0
 */
public record Submission(String id, String origin, List<SubmittedFile> files, List<Finding> readFindings,
                         List<ReadProblem> notes, Optional<ReadProblem> unreadable) {

    public Submission {
        files = List.copyOf(files);
        readFindings = List.copyOf(readFindings);
        notes = List.copyOf(notes);
    }

    static Submission unreadable(String id, String origin, ReadProblem why) {
        return new Submission(id, origin, List.of(), List.of(), List.of(), Optional.of(why));
    }
}
