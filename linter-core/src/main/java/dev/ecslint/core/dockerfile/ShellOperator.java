package dev.ecslint.core.dockerfile;

/** What follows a command in a shell script. */
public enum ShellOperator {
    /** {@code &&} */
    AND,
    /** {@code ||} */
    OR,
    /** {@code ;} */
    SEMICOLON,
    /** a newline (in a heredoc script) */
    NEWLINE,
    /** {@code |} or {@code |&}: the command's output feeds the next command */
    PIPE,
    /** {@code &}: the command runs in the background */
    BACKGROUND,
    /** nothing: the end of the script */
    END;

    public boolean isPipe() {
        return this == PIPE;
    }
}
