package dev.ecslint.core.grade;

import dev.ecslint.core.model.DocumentKind;

/** A lintable file of a submission and the kind its content was recognised as. */
public record GradedFile(String path, DocumentKind kind) { }
