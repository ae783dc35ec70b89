package dev.ecslint.core.terraform;

import dev.ecslint.core.model.Located;
import dev.ecslint.core.model.Span;

/**
 * {@code name = expression} in a body.
 *
 * @param nameSpan the attribute's name, where findings about the attribute as a whole point
 * @param span     from the name to the end of the value
 */
public record HclAttribute(String name, Span nameSpan, HclExpression value, Span span) implements Located { }
