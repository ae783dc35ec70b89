package dev.ecslint.core.grade;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One entry of the submissions directory: a folder or a {@code .zip} file is one submission, named by
 * the student id. A symbolic link is listed too (so the student gets a 0 with the reason) but never
 * followed. Other files (a class list, notes) are not submissions.
 */
public record SubmissionSource(String id, Path path, Type type) {

    public enum Type { FOLDER, ZIP, LINK }

    public String origin() {
        return path.getFileName().toString();
    }

    /** The submissions under {@code directory}, sorted by id; ids are unique. */
    public static List<SubmissionSource> list(Path directory) throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
            stream.forEach(entries::add);
        }
        entries.sort(Comparator.comparing(p -> p.getFileName().toString()));
        List<SubmissionSource> sources = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            if (name.startsWith(".") || name.equals("__MACOSX")) {
                continue;
            }
            boolean zip = name.toLowerCase(Locale.ROOT).endsWith(".zip") && name.length() > 4;
            Type type;
            if (Files.isSymbolicLink(entry)) {
                if (!zip && !Files.isDirectory(entry)) {
                    continue;
                }
                type = Type.LINK;
            } else if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                type = Type.FOLDER;
            } else if (zip && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                type = Type.ZIP;
            } else {
                continue;
            }
            String id = zip && type != Type.FOLDER ? name.substring(0, name.length() - 4) : name;
            if (!ids.add(id)) {
                id = name; // alice/ and alice.zip: both graded, told apart by the archive's full name
                ids.add(id);
            }
            sources.add(new SubmissionSource(id, entry, type));
        }
        sources.sort(Comparator.comparing(SubmissionSource::id));
        return sources;
    }
}
