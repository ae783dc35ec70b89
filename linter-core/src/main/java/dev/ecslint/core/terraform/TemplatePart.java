package dev.ecslint.core.terraform;

/** One piece of a {@link HclExpression.Template}. */
public sealed interface TemplatePart permits TemplatePart.Text, TemplatePart.Interpolation, TemplatePart.Directive {

    /**
     * Literal text, escapes decoded, with the offset in the parsed text of each character and one past the
     * last ({@code offsets.length == text.length() + 1}), so that a JSON document held in a string is located
     * character by character in the user's file.
     *
     * @param offsets character offsets in the file (for a JSON-syntax string, through its escapes)
     */
    record Text(String text, int[] offsets) implements TemplatePart { }

    /** {@code ${expression}}, with the file offsets of its {@code $} and one past its closing brace. */
    record Interpolation(HclExpression expression, int start, int end) implements TemplatePart { }

    /** {@code %{if …}}, {@code %{for …}}, {@code %{else}}, {@code %{endif}}, {@code %{endfor}}. */
    record Directive(String keyword, int start, int end) implements TemplatePart { }
}
