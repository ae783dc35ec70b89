package dev.ecslint.core.terraform;

import dev.ecslint.core.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The attributes and nested blocks of a file or block, in source order.
 *
 * <p>The JSON syntax cannot tell a nested block from an object-valued attribute without the provider's
 * schema, so a JSON-syntax body answers {@link #blocks} from its object-valued attributes (an object, or an
 * array of objects for repeated blocks), the way Terraform reads them once it knows the schema.
 */
public record HclBody(Span span, List<HclAttribute> attributes, List<HclBlock> blocks, boolean jsonSyntax) {

    public HclBody {
        attributes = List.copyOf(attributes);
        blocks = List.copyOf(blocks);
    }

    public Optional<HclAttribute> attribute(String name) {
        for (HclAttribute a : attributes) {
            if (a.name().equals(name)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** The nested blocks of one type, in order (for the JSON syntax, read from the attribute of that name). */
    public List<HclBlock> blocks(String type) {
        List<HclBlock> found = new ArrayList<>();
        for (HclBlock b : blocks) {
            if (b.type().equals(type)) {
                found.add(b);
            }
        }
        if (jsonSyntax) {
            attribute(type).ifPresent(a -> found.addAll(JsonSyntax.blocksOf(a)));
        }
        return found;
    }

    /** The first nested block of a type. */
    public Optional<HclBlock> block(String type) {
        List<HclBlock> all = blocks(type);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }
}
