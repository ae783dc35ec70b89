package dev.ecslint.core.dockerfile;

import dev.ecslint.core.model.Located;
import dev.ecslint.core.model.Span;

/**
 * A parser directive at the top of the file: {@code # syntax=docker/dockerfile:1},
 * {@code # escape=`}, {@code # check=skip=JSONArgsRecommended}.
 *
 * @param name lower case
 */
public record Directive(String name, String value, Span span, Span valueSpan) implements Located { }
