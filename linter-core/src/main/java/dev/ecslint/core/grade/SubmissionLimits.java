package dev.ecslint.core.grade;

/**
 * Bounds on what one untrusted submission may make the grader read. Every limit is checked against
 * the bytes actually read, never against sizes a file system or a zip header claims.
 *
 * @param maxFileBytes  a larger file is reported (E001) and not read
 * @param maxFiles      more lintable files than this and the submission is not graded
 * @param maxTotalBytes bytes read from one submission, zip entries that are skipped included
 * @param maxEntries    files walked in one folder or entries in one zip archive, lintable or not
 */
public record SubmissionLimits(long maxFileBytes, int maxFiles, long maxTotalBytes, int maxEntries) {

    /** Far above any real course submission (a task definition is at most 64 KiB), far below harm. */
    public static final SubmissionLimits DEFAULT = new SubmissionLimits(1024 * 1024, 200, 32L * 1024 * 1024, 2000);

    public SubmissionLimits {
        if (maxFileBytes < 1 || maxFiles < 1 || maxTotalBytes < 1 || maxEntries < 1) {
            throw new IllegalArgumentException("submission limits must be positive");
        }
    }
}
