package dev.ecslint.core.grade;

import dev.ecslint.core.report.Fingerprints;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Submissions that hand in the same files: byte for byte, or once whitespace and comment lines are set
 * aside (a copy re-indented or with its comments changed). File names do not count, only contents, so a
 * copy saved under other names is found too. Only digests are kept, never the files.
 */
public final class Likeness {

    /** Two or more students whose files are the same; {@code byteForByte} false: the same once normalised. */
    public record Group(List<String> students, boolean byteForByte) {
        public Group {
            students = List.copyOf(students);
        }
    }

    /** A submission's digests: of its files as handed in, and as normalised. */
    record Fingerprint(String student, String exact, String near) { }

    private final List<Fingerprint> prints = new ArrayList<>();

    /** Takes a graded submission in; one without files (or unreadable) is like no other. */
    public void add(Submission submission) {
        fingerprint(submission).ifPresent(prints::add);
    }

    /** The byte-identical groups, then the near-identical ones that are not one byte-identical group. */
    public List<Group> groups() {
        Map<String, TreeSet<String>> exact = new LinkedHashMap<>();
        Map<String, TreeSet<String>> near = new LinkedHashMap<>();
        for (Fingerprint p : prints) {
            exact.computeIfAbsent(p.exact(), k -> new TreeSet<>()).add(p.student());
            near.computeIfAbsent(p.near(), k -> new TreeSet<>()).add(p.student());
        }
        List<Group> groups = new ArrayList<>();
        List<TreeSet<String>> exactGroups = exact.values().stream().filter(s -> s.size() > 1).toList();
        exactGroups.forEach(s -> groups.add(new Group(List.copyOf(s), true)));
        near.values().stream().filter(s -> s.size() > 1 && !exactGroups.contains(s))
                .forEach(s -> groups.add(new Group(List.copyOf(s), false)));
        groups.sort((a, b) -> a.students().get(0).equals(b.students().get(0))
                ? Boolean.compare(b.byteForByte(), a.byteForByte())
                : a.students().get(0).compareTo(b.students().get(0)));
        return groups;
    }

    static Optional<Fingerprint> fingerprint(Submission submission) {
        if (submission.unreadable().isPresent() || submission.files().isEmpty()) {
            return Optional.empty();
        }
        TreeSet<String> exact = new TreeSet<>();
        TreeSet<String> near = new TreeSet<>();
        for (SubmittedFile file : submission.files()) {
            exact.add(digest(file.content()));
            near.add(digest(normalised(file.content())));
        }
        return Optional.of(new Fingerprint(submission.id(), digest(String.join(",", exact)),
                digest(String.join(",", near))));
    }

    /** Without comment lines ({@code #}, {@code //}) and without any whitespace, line breaks included. */
    static String normalised(String content) {
        StringBuilder out = new StringBuilder(content.length());
        for (String line : content.split("\\R", -1)) {
            String stripped = line.strip();
            if (stripped.startsWith("#") || stripped.startsWith("//")) {
                continue;
            }
            stripped.codePoints().filter(c -> !Character.isWhitespace(c) && c != '\uFEFF').forEach(out::appendCodePoint);
        }
        return out.toString();
    }

    private static String digest(String text) {
        return Fingerprints.sha256(text);
    }
}
