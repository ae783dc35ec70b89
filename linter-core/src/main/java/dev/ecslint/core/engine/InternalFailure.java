package dev.ecslint.core.engine;

/**
 * An internal error (a bug, or the JVM running out of memory or stack) as the front ends name it: one
 * line, the exception's type and the first line of its message, cut short; the stack trace is the
 * front end's to print on request ({@code --debug}, Maven's {@code -e}).
 */
public final class InternalFailure {

    private static final int MAX_MESSAGE = 200;

    private InternalFailure() {
    }

    /** {@code internal error: java.lang.IllegalStateException: what it said}, in English. */
    public static String oneLine(Throwable failure) {
        return "internal error: " + exception(failure);
    }

    /**
     * The failure itself, as the JVM names it ({@code java.lang.IllegalStateException: what it said}): never
     * translated, for a front end that writes "internal error" in the run's language around it.
     */
    public static String exception(Throwable failure) {
        Throwable shown = failure;
        // the executor's wrapper says nothing the cause does not say better
        while (shown.getCause() != null && shown.getMessage() != null
                && shown.getMessage().startsWith("linting failed: ")) {
            shown = shown.getCause();
        }
        String message = shown.getMessage() == null ? "" : shown.getMessage().strip();
        int newline = message.indexOf('\n');
        if (newline >= 0) {
            message = message.substring(0, newline).strip();
        }
        if (message.length() > MAX_MESSAGE) {
            message = message.substring(0, MAX_MESSAGE) + "\u2026";
        }
        return shown.getClass().getName() + (message.isEmpty() ? "" : ": " + message);
    }
}
