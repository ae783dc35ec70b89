package dev.ecslint.core.grade;

/** A rubric that cannot be used, with {@code file:line:column:} in front of the reason. */
public final class RubricException extends Exception {
    private static final long serialVersionUID = 1L;

    public RubricException(String message) {
        super(message, null, false, false);
    }
}
