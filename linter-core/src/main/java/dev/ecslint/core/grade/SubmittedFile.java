package dev.ecslint.core.grade;

/**
 * One lintable file of a submission, read into memory.
 *
 * @param path relative to the submission, forward slashes, no {@code .} or {@code ..} segments
 */
public record SubmittedFile(String path, String content) { }
