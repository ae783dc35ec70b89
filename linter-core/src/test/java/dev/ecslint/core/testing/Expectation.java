package dev.ecslint.core.testing;

/**
 * A finding a scenario must produce.
 *
 * @param column    0 when the scenario does not pin columns
 * @param endColumn exclusive; 0 when not pinned
 * @param pointer   the JSON pointer the finding must carry, or {@code null}
 * @param message   text that must occur in the message, or {@code null}
 */
public record Expectation(String ruleId, int line, int column, int endColumn, String pointer, String message) {

    @Override
    public String toString() {
        return ruleId + " at line " + line + (column > 0 ? ":" + column + "-" + endColumn : "")
                + (pointer != null ? " " + pointer : "") + (message != null ? " \"" + message + "\"" : "");
    }
}
