package dev.ecslint.core.grade;

import dev.ecslint.core.engine.ContentClassifier;
import dev.ecslint.core.engine.EngineRules;
import dev.ecslint.core.i18n.Message;
import dev.ecslint.core.model.Finding;
import dev.ecslint.core.model.Location;
import dev.ecslint.core.model.SourceFile;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads one submission — a folder or a zip archive — into memory, treating it as hostile: symbolic
 * links are followed only to files inside the submission, zip entries are streamed (never extracted)
 * and rejected when absolute, climbing out with {@code ..} or symbolic links, and every size and count limit is checked
 * against the bytes actually read. Reading never throws: what cannot be read becomes a finding, a note,
 * or the reason the submission is not graded.
 */
public final class SubmissionReader {

    private static final Set<String> SKIPPED_DIRECTORIES = Set.of(".git", "target", "node_modules", ".hg", ".svn",
            "__MACOSX");
    private static final int MAX_DEPTH = 32;
    /** Korean Windows writes zip entry names in CP949 without saying so; Java's zip reader assumes UTF-8. */
    private static final String KOREAN_WINDOWS_CHARSET = "x-windows-949";

    private final SubmissionLimits limits;

    public SubmissionReader(SubmissionLimits limits) {
        this.limits = limits;
    }

    public Submission read(SubmissionSource source) {
        try {
            switch (source.type()) {
                case FOLDER:
                    return readFolder(source);
                case ZIP:
                    return readZip(source);
                default:
                    return Submission.unreadable(source.id(), source.origin(),
                            new ReadProblem(ReadProblem.Kind.IS_LINK, "", ""));
            }
        } catch (Fatal e) {
            return Submission.unreadable(source.id(), source.origin(), e.problem);
        } catch (IOException | RuntimeException e) {
            return Submission.unreadable(source.id(), source.origin(),
                    new ReadProblem(ReadProblem.Kind.UNREADABLE, "", String.valueOf(e.getMessage())));
        }
    }

    private Submission readFolder(SubmissionSource source) throws IOException, Fatal {
        Path root = source.path();
        Path realRoot = root.toRealPath();
        Collector collector = new Collector(source);
        try {
            walk(root, realRoot, collector);
        } catch (FatalIo e) {
            throw e.fatal;
        }
        return collector.submission();
    }

    private void walk(Path root, Path realRoot, Collector collector) throws IOException {
        Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), MAX_DEPTH, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                boolean skipped = !dir.equals(root) && SKIPPED_DIRECTORIES.contains(dir.getFileName().toString());
                return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                collector.countEntry();
                String relative = root.relativize(file).toString().replace('\\', '/');
                Path readFrom = file;
                if (attrs.isSymbolicLink()) {
                    Optional<Path> target = insideTarget(file, realRoot);
                    if (target.isEmpty()) {
                        collector.notes.add(new ReadProblem(ReadProblem.Kind.LINK_NOT_FOLLOWED, relative, ""));
                        return FileVisitResult.CONTINUE;
                    }
                    readFrom = target.get();
                } else if (!attrs.isRegularFile()) {
                    return FileVisitResult.CONTINUE;
                }
                if (collector.wanted(relative)) {
                    collector.addFromDisk(relative, readFrom);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                if (collector.wanted(relative)) {
                    collector.unreadableFile(relative, e);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** The real path of a link when it is a regular file inside the submission. */
    private static Optional<Path> insideTarget(Path link, Path realRoot) {
        try {
            Path real = link.toRealPath();
            boolean inside = real.startsWith(realRoot) && Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS);
            return inside ? Optional.of(real) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Submission readZip(SubmissionSource source) throws IOException, Fatal {
        try {
            return readZip(source, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformedName) {
            if (!Charset.isSupported(KOREAN_WINDOWS_CHARSET)) {
                throw malformedName;
            }
            return readZip(source, Charset.forName(KOREAN_WINDOWS_CHARSET));
        }
    }

    private Submission readZip(SubmissionSource source, Charset names) throws IOException, Fatal {
        Collector collector = new Collector(source);
        Set<String> links = ZipLinks.names(source.path(), names, limits.maxEntries(), limits.maxTotalBytes());
        try (InputStream raw = Files.newInputStream(source.path(), LinkOption.NOFOLLOW_LINKS);
             ZipInputStream zip = new ZipInputStream(new BufferedInputStream(raw), names)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                collector.countZipEntry();
                Optional<String> relative = safeEntryPath(entry.getName());
                if (relative.isEmpty()) {
                    collector.notes.add(new ReadProblem(ReadProblem.Kind.UNSAFE_ENTRY, entry.getName(), ""));
                    collector.drain(zip);
                } else if (links.contains(entry.getName())) {
                    // its bytes are the link's target path: read as a file, a "Dockerfile" link would earn points
                    collector.notes.add(new ReadProblem(ReadProblem.Kind.LINK_IN_ARCHIVE, relative.get(), ""));
                    collector.drain(zip);
                } else if (entry.isDirectory() || !collector.wanted(relative.get())) {
                    collector.drain(zip);
                } else if (collector.files.containsKey(relative.get())) {
                    collector.notes.add(new ReadProblem(ReadProblem.Kind.DUPLICATE_ENTRY, relative.get(), ""));
                    collector.drain(zip);
                } else {
                    collector.addFromStream(relative.get(), zip);
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new Fatal(new ReadProblem(ReadProblem.Kind.BROKEN_ARCHIVE, "", String.valueOf(e.getMessage())));
        } catch (java.io.EOFException e) {
            throw new Fatal(new ReadProblem(ReadProblem.Kind.TRUNCATED_ARCHIVE, "", ""));
        }
        if (collector.entries == 0 && !isEmptyZip(source.path())) {
            // the streaming reader stops quietly at anything that is not an entry header
            throw new Fatal(new ReadProblem(ReadProblem.Kind.NOT_AN_ARCHIVE, "", ""));
        }
        return collector.submission();
    }

    /** An archive of no entries: only the end-of-central-directory record, signature {@code PK 5 6}. */
    private static boolean isEmptyZip(Path zip) throws IOException {
        byte[] start = new byte[4];
        try (InputStream in = Files.newInputStream(zip, LinkOption.NOFOLLOW_LINKS)) {
            return in.readNBytes(start, 0, 4) == 4 && start[0] == 'P' && start[1] == 'K' && start[2] == 5
                    && start[3] == 6;
        }
    }

    /**
     * The entry's path inside the submission, or empty when it is unsafe: absolute, with a drive letter,
     * climbing out with {@code ..}, or holding a NUL. Backslashes count as separators (Windows zips).
     */
    static Optional<String> safeEntryPath(String name) {
        if (name.isEmpty() || name.indexOf('\0') >= 0 || name.startsWith("/") || name.startsWith("\\")
                || name.matches("^[A-Za-z]:.*")) {
            return Optional.empty();
        }
        List<String> segments = new ArrayList<>();
        for (String segment : name.split("[/\\\\]")) {
            if (segment.equals("..")) {
                return Optional.empty();
            }
            if (!segment.isEmpty() && !segment.equals(".")) {
                segments.add(segment);
            }
        }
        return segments.isEmpty() ? Optional.empty() : Optional.of(String.join("/", segments));
    }

    /** A reason the whole submission cannot be graded. */
    private static final class Fatal extends Exception {
        private static final long serialVersionUID = 1L;
        final transient ReadProblem problem;

        Fatal(ReadProblem problem) {
            super(problem.kind().name(), null, false, false);
            this.problem = problem;
        }
    }

    /** What has been read of one submission so far, and the limits it is held to. */
    private final class Collector {
        final SubmissionSource source;
        final TreeMap<String, String> files = new TreeMap<>();
        final List<Finding> findings = new ArrayList<>();
        final List<ReadProblem> notes = new ArrayList<>();
        final byte[] buffer = new byte[64 * 1024];
        long bytesRead;
        int lintable;
        int entries;

        Collector(SubmissionSource source) {
            this.source = source;
        }

        boolean wanted(String relative) {
            String name = relative.substring(relative.lastIndexOf('/') + 1);
            for (String segment : relative.split("/")) {
                if (SKIPPED_DIRECTORIES.contains(segment)) {
                    return false;
                }
            }
            return ContentClassifier.syntaxOf(name) != ContentClassifier.Syntax.NONE;
        }

        /** Every file walked counts, lintable or not, so a tree of a million files is refused early. */
        void countEntry() throws IOException {
            try {
                countZipEntry();
            } catch (Fatal e) {
                throw new FatalIo(e);
            }
        }

        void countZipEntry() throws Fatal {
            if (++entries > limits.maxEntries()) {
                throw new Fatal(new ReadProblem(ReadProblem.Kind.TOO_MANY_ENTRIES, "",
                        Long.toString(limits.maxEntries())));
            }
        }

        void addFromDisk(String relative, Path file) throws IOException {
            try {
                if (!countLintable()) {
                    return;
                }
                long size = Files.size(file);
                if (size > limits.maxFileBytes()) {
                    findings.add(tooLarge(relative, size));
                    return;
                }
                try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                    addFromStream(relative, in);
                }
            } catch (Fatal e) {
                throw new FatalIo(e);
            } catch (AccessDeniedException e) {
                unreadableFile(relative, e);
            }
        }

        /** Reads the rest of {@code in} as the file {@code relative}, counting every byte. */
        void addFromStream(String relative, InputStream in) throws IOException, Fatal {
            if (!countLintable()) {
                drain(in);
                return;
            }
            ByteArrayOutputStream kept = new ByteArrayOutputStream();
            long size = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                size += n;
                count(n);
                if (size <= limits.maxFileBytes()) {
                    kept.write(buffer, 0, n);
                }
            }
            if (size > limits.maxFileBytes()) {
                findings.add(tooLarge(relative, size));
                return;
            }
            try {
                files.put(relative, decode(kept.toByteArray()));
            } catch (CharacterCodingException e) {
                findings.add(notUtf8(relative, kept.toByteArray()));
            }
        }

        void drain(InputStream in) throws IOException, Fatal {
            int n;
            while ((n = in.read(buffer)) > 0) {
                count(n);
            }
        }

        private boolean countLintable() throws Fatal {
            if (++lintable > limits.maxFiles()) {
                throw new Fatal(new ReadProblem(ReadProblem.Kind.TOO_MANY_FILES, "", Long.toString(limits.maxFiles())));
            }
            return true;
        }

        private void count(int n) throws Fatal {
            bytesRead += n;
            if (bytesRead > limits.maxTotalBytes()) {
                throw new Fatal(new ReadProblem(ReadProblem.Kind.TOO_MUCH_DATA, "",
                        Long.toString(limits.maxTotalBytes() / (1024 * 1024))));
            }
        }

        void unreadableFile(String relative, IOException e) {
            findings.add(readError(relative, 1, 1, e instanceof AccessDeniedException
                    ? EngineRules.PARSE_ERROR.message("permissionDenied")
                    : EngineRules.PARSE_ERROR.message("unreadable").verbatim("detail", String.valueOf(e.getMessage()))));
        }

        private Finding tooLarge(String relative, long size) {
            return readError(relative, 1, 1, EngineRules.PARSE_ERROR.message("overGraderLimit")
                    .number("size", mebibytes(size)).number("limit", mebibytes(limits.maxFileBytes())));
        }

        private Finding notUtf8(String relative, byte[] bytes) {
            int bad = firstMalformed(bytes);
            SourceFile before = new SourceFile(null, relative, new String(bytes, 0, bad, StandardCharsets.UTF_8));
            int line = before.lineCount();
            int column = before.text().length() - before.lineStart(line) + 1;
            return readError(relative, line, column, EngineRules.PARSE_ERROR.message("notUtf8")
                    .code("byte", String.format("0x%02X", bytes[bad] & 0xFF)).number("offset", bad));
        }

        Submission submission() {
            List<SubmittedFile> read = new ArrayList<>();
            files.forEach((path, content) -> read.add(new SubmittedFile(path, content)));
            findings.sort(Finding.ORDER);
            return new Submission(source.id(), source.origin(), read, findings, notes, Optional.empty());
        }
    }

    /** Carries a {@link Fatal} through a file visitor, whose methods may only throw IOException. */
    private static final class FatalIo extends IOException {
        private static final long serialVersionUID = 1L;
        final transient Fatal fatal;

        FatalIo(Fatal fatal) {
            super(fatal.getMessage(), null);
            this.fatal = fatal;
        }
    }

    private static Finding readError(String path, int line, int column, Message message) {
        return new Finding(EngineRules.PARSE_ERROR.id(), EngineRules.PARSE_ERROR.name(),
                EngineRules.PARSE_ERROR.severity(), message, new Location(path, line, column, line, column + 1, null),
                EngineRules.PARSE_ERROR.fixMessage(), null);
    }

    private static java.math.BigDecimal mebibytes(long bytes) {
        return java.math.BigDecimal.valueOf(bytes).divide(java.math.BigDecimal.valueOf(1024 * 1024), 1,
                java.math.RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private static String decode(byte[] bytes) throws CharacterCodingException {
        return strictUtf8().decode(ByteBuffer.wrap(bytes)).toString();
    }

    private static int firstMalformed(byte[] bytes) {
        CharsetDecoder decoder = strictUtf8();
        ByteBuffer in = ByteBuffer.wrap(bytes);
        decoder.decode(in, CharBuffer.allocate(bytes.length + 1), true);
        return Math.min(in.position(), bytes.length - 1);
    }

    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
