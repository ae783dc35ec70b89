package dev.ecslint.core.grade;

/**
 * Something in a submission the grader would not read. Feedback explains it in the student's
 * language from {@code kind}; {@code path} and {@code detail} come from the submission.
 *
 * @param path   the entry or file concerned, relative to the submission ("" for the whole submission)
 * @param detail a number or a system message completing the explanation ("" when none)
 */
public record ReadProblem(Kind kind, String path, String detail) {

    /** What went wrong; the fatal kinds make the submission ungradable (score 0 with the reason). */
    public enum Kind {
        LINK_NOT_FOLLOWED(false),
        UNSAFE_ENTRY(false),
        LINK_IN_ARCHIVE(false),
        DUPLICATE_ENTRY(false),
        TOO_MANY_FILES(true),
        TOO_MANY_ENTRIES(true),
        TOO_MUCH_DATA(true),
        BROKEN_ARCHIVE(true),
        NOT_AN_ARCHIVE(true),
        TRUNCATED_ARCHIVE(true),
        IS_LINK(true),
        UNREADABLE(true);

        private final boolean fatal;

        Kind(boolean fatal) {
            this.fatal = fatal;
        }

        public boolean fatal() {
            return fatal;
        }

        /** The key of its explanation in the feedback labels. */
        public String key() {
            return "problem." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
