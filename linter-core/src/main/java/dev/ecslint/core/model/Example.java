package dev.ecslint.core.model;

/**
 * A code example in a rule's metadata. Examples are executed by tests: a {@code bad} example must
 * make the rule fire, a {@code good} one must leave it silent.
 *
 * @param fileName a file name that classifies the example's content (e.g. {@code Dockerfile},
 *                 {@code task-definition.json})
 */
public record Example(String fileName, String code) { }
