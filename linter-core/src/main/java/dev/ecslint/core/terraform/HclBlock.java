package dev.ecslint.core.terraform;

import dev.ecslint.core.model.Located;
import dev.ecslint.core.model.Span;
import java.util.List;

/**
 * {@code type "label" … { body }}: a {@code resource}, {@code variable}, {@code locals}, or a nested block
 * such as {@code network_configuration}.
 *
 * @param header from the type to the last label: where findings about something the block lacks point
 * @param span   the whole block
 */
public record HclBlock(String type, List<String> labels, Span header, HclBody body, Span span) implements Located {

    public HclBlock {
        labels = List.copyOf(labels);
    }

    /** Label {@code i}, or the empty string. */
    public String label(int i) {
        return i < labels.size() ? labels.get(i) : "";
    }
}
