package dev.ecslint.core.grade;

import static dev.ecslint.core.testing.FindingText.english;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Submissions are hostile: nothing in one may lead the grader outside it, exhaust it, or stop it. */
class SubmissionReaderTest {

    private static final String DOCKERFILE = "FROM alpine:3.20\nUSER 1000\n";

    @TempDir
    Path dir;

    private final SubmissionReader reader = new SubmissionReader(SubmissionLimits.DEFAULT);

    @Test
    void readsLintableFilesOfAFolderSortedAndSkipsTheRest() throws IOException {
        Path alice = Files.createDirectories(dir.resolve("alice/deploy"));
        Files.writeString(dir.resolve("alice/Dockerfile"), DOCKERFILE);
        Files.writeString(alice.resolve("task.json"), "{}");
        Files.writeString(dir.resolve("alice/README.md"), "# notes");
        Files.createDirectories(dir.resolve("alice/node_modules/x"));
        Files.writeString(dir.resolve("alice/node_modules/x/package.json"), "{}");
        Submission s = reader.read(only());
        assertThat(s.id()).isEqualTo("alice");
        assertThat(s.files()).extracting(SubmittedFile::path).containsExactly("Dockerfile", "deploy/task.json");
        assertThat(s.unreadable()).isEmpty();
    }

    @Test
    void symbolicLinksNeverLeadOutOfTheSubmission() throws IOException {
        Path bob = Files.createDirectories(dir.resolve("bob"));
        Files.writeString(bob.resolve("real.json"), "{\"family\": \"x\"}");
        Files.createSymbolicLink(bob.resolve("etc"), Path.of("/etc"));
        Files.createSymbolicLink(bob.resolve("Dockerfile"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(bob.resolve("inside.json"), bob.resolve("real.json"));
        Files.createSymbolicLink(bob.resolve("loop"), bob);
        Submission s = reader.read(only());
        assertThat(s.files()).extracting(SubmittedFile::path).containsExactly("inside.json", "real.json");
        assertThat(s.files()).allSatisfy(f -> assertThat(f.content()).doesNotContain("root:"));
        assertThat(s.notes()).extracting(ReadProblem::path).contains("Dockerfile", "etc");
        assertThat(s.notes()).allSatisfy(n -> assertThat(n.kind()).isEqualTo(ReadProblem.Kind.LINK_NOT_FOLLOWED));
    }

    @Test
    void aSymbolicLinkAsTheSubmissionIsNotFollowed() throws IOException {
        Files.createSymbolicLink(dir.resolve("mallory"), Path.of("/etc"));
        Submission s = reader.read(only());
        assertThat(s.unreadable()).map(ReadProblem::kind).contains(ReadProblem.Kind.IS_LINK);
        assertThat(s.files()).isEmpty();
    }

    @Test
    void aFiftyMegabyteFileIsReportedNotRead() throws IOException {
        Path carol = Files.createDirectories(dir.resolve("carol"));
        try (RandomAccessFile huge = new RandomAccessFile(carol.resolve("task-definition.json").toFile(), "rw")) {
            huge.setLength(50L * 1024 * 1024); // sparse: costs no disk
        }
        Files.writeString(carol.resolve("Dockerfile"), DOCKERFILE);
        Submission s = reader.read(only());
        assertThat(s.files()).extracting(SubmittedFile::path).containsExactly("Dockerfile");
        assertThat(s.readFindings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("E001");
            assertThat(f.location().path()).isEqualTo("task-definition.json");
            assertThat(english(f)).contains("50 MiB").contains("1 MiB limit");
        });
    }

    @Test
    void invalidUtf8IsAFindingAtTheBadByte() throws IOException {
        Path dan = Files.createDirectories(dir.resolve("dan"));
        Files.write(dan.resolve("Dockerfile"), new byte[] {'F', 'R', 'O', 'M', ' ', 'x', '\n', 'R', 'U', 'N', ' ',
            (byte) 0xC3, '(', '\n'});
        Submission s = reader.read(only());
        assertThat(s.files()).isEmpty();
        assertThat(s.readFindings()).singleElement().satisfies(f -> {
            assertThat(f.location().line()).isEqualTo(2);
            assertThat(f.location().column()).isEqualTo(5);
            assertThat(english(f)).contains("not valid UTF-8");
        });
    }

    @Test
    void zipEntriesThatAreSymbolicLinksAreRejectedAndNamed() throws IOException {
        Path zip = dir.resolve("ivan.zip");
        zip(zip, List.of(new Entry("Dockerfile", "/etc/passwd"), new Entry("deploy/task.json", "{}"),
                new Entry("deploy/link.json", "../../.aws/credentials")));
        markAsSymbolicLinks(zip, "Dockerfile", "deploy/link.json");
        Submission s = reader.read(only());
        assertThat(s.files()).extracting(SubmittedFile::path).containsExactly("deploy/task.json");
        assertThat(s.notes()).extracting(ReadProblem::kind, ReadProblem::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ReadProblem.Kind.LINK_IN_ARCHIVE, "Dockerfile"),
                org.assertj.core.groups.Tuple.tuple(ReadProblem.Kind.LINK_IN_ARCHIVE, "deploy/link.json"));
    }

    /** Sets the Unix mode of the named entries in the central directory to a link, as {@code zip -y} writes. */
    static void markAsSymbolicLinks(Path zip, String... names) throws IOException {
        byte[] bytes = Files.readAllBytes(zip);
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (int at = 0; at + 46 <= bytes.length; at++) {
            if (buffer.getInt(at) != 0x02014b50) {
                continue;
            }
            int nameLength = Short.toUnsignedInt(buffer.getShort(at + 28));
            String name = new String(bytes, at + 46, nameLength, StandardCharsets.UTF_8);
            if (List.of(names).contains(name)) {
                bytes[at + 5] = 3; // made by Unix
                buffer.putInt(at + 38, 0120777 << 16);
            }
        }
        Files.write(zip, bytes);
    }

    @Test
    void zipsAreStreamedAndUnsafeEntriesRejected() throws IOException {
        zip(dir.resolve("erin.zip"), List.of(
                new Entry("erin/Dockerfile", DOCKERFILE),
                new Entry("../../evil/Dockerfile", DOCKERFILE),
                new Entry("/etc/cron.d/evil.json", "{}"),
                new Entry("C:\\Windows\\evil.json", "{}"),
                new Entry("erin\\..\\..\\evil.yaml", "a: 1"),
                new Entry("./erin//Dockerfile", "FROM duplicate\n"),
                new Entry("__MACOSX/erin/._Dockerfile", "junk"),
                new Entry("erin/task.json", "{\"family\": ")));
        Submission s = reader.read(only());
        assertThat(s.id()).isEqualTo("erin");
        assertThat(s.files()).extracting(SubmittedFile::path).containsExactly("erin/Dockerfile", "erin/task.json");
        assertThat(s.files().get(0).content()).isEqualTo(DOCKERFILE);
        assertThat(s.notes()).extracting(ReadProblem::kind).containsExactly(ReadProblem.Kind.UNSAFE_ENTRY,
                ReadProblem.Kind.UNSAFE_ENTRY, ReadProblem.Kind.UNSAFE_ENTRY, ReadProblem.Kind.UNSAFE_ENTRY,
                ReadProblem.Kind.DUPLICATE_ENTRY);
        assertThat(Files.exists(dir.resolve("evil"))).isFalse();
        assertThat(Files.exists(dir.getParent().resolve("evil"))).isFalse();
    }

    @Test
    void zipsFromKoreanWindowsWithCp949NamesAreRead() throws IOException {
        try (OutputStream raw = Files.newOutputStream(dir.resolve("홍길동.zip"));
             ZipOutputStream out = new ZipOutputStream(raw, java.nio.charset.Charset.forName("x-windows-949"))) {
            out.putNextEntry(new ZipEntry("과제3/Dockerfile"));
            out.write(DOCKERFILE.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        Submission s = reader.read(only());
        assertThat(s.id()).isEqualTo("홍길동");
        assertThat(s.files()).extracting(SubmittedFile::path).containsExactly("과제3/Dockerfile");
    }

    @Test
    void aZipBombIsStoppedByTheBytesActuallyInflated() throws IOException {
        Path bomb = dir.resolve("frank.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            out.putNextEntry(new ZipEntry("notes.txt")); // not lintable: skipped, but its bytes still count
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 40; i++) {
                out.write(zeros);
            }
            out.closeEntry();
        }
        assertThat(Files.size(bomb)).isLessThan(1024 * 1024);
        Submission s = reader.read(only());
        assertThat(s.unreadable()).map(ReadProblem::kind).contains(ReadProblem.Kind.TOO_MUCH_DATA);
    }

    @Test
    void tooManyEntriesAndBrokenArchivesMakeTheSubmissionUngradable() throws IOException {
        SubmissionReader strict = new SubmissionReader(new SubmissionLimits(1024, 2, 1024 * 1024, 5));
        zip(dir.resolve("gina.zip"), List.of(new Entry("a.json", "{}"), new Entry("b", ""), new Entry("c", ""),
                new Entry("d", ""), new Entry("e", ""), new Entry("f", "")));
        assertThat(strict.read(only()).unreadable()).map(ReadProblem::kind).contains(ReadProblem.Kind.TOO_MANY_ENTRIES);
        Files.delete(dir.resolve("gina.zip"));

        zip(dir.resolve("hank.zip"), List.of(new Entry("a.json", "{}"), new Entry("b.json", "{}"),
                new Entry("c.json", "{}")));
        assertThat(strict.read(only()).unreadable()).map(ReadProblem::kind).contains(ReadProblem.Kind.TOO_MANY_FILES);
        Files.delete(dir.resolve("hank.zip"));

        Files.write(dir.resolve("ivy.zip"), "PK\u0003\u0004 this is not really a zip".getBytes(StandardCharsets.UTF_8));
        Submission broken = reader.read(only());
        assertThat(broken.unreadable()).map(ReadProblem::kind).contains(ReadProblem.Kind.NOT_AN_ARCHIVE);
        assertThat(broken.files()).isEmpty();
        Files.delete(dir.resolve("ivy.zip"));

        zip(dir.resolve("jay.zip"), List.of());
        assertThat(reader.read(only()).unreadable()).as("an empty archive is readable; it holds nothing").isEmpty();
    }

    @Test
    void listsFoldersAndZipsByIdAndLeavesOtherFilesAlone() throws IOException {
        Files.createDirectories(dir.resolve("zoe"));
        Files.createDirectories(dir.resolve("amy"));
        zip(dir.resolve("amy.zip"), List.of(new Entry("Dockerfile", DOCKERFILE)));
        zip(dir.resolve("bea.zip"), List.of(new Entry("Dockerfile", DOCKERFILE)));
        Files.writeString(dir.resolve("class-list.csv"), "amy,bea,zoe");
        Files.createDirectories(dir.resolve(".git"));
        assertThat(SubmissionSource.list(dir)).extracting(SubmissionSource::id)
                .containsExactly("amy", "amy.zip", "bea", "zoe");
    }

    @Test
    void entryPathsAreNormalisedOrRejected() {
        assertThat(SubmissionReader.safeEntryPath("./a//b/./c.json")).contains("a/b/c.json");
        assertThat(SubmissionReader.safeEntryPath("a\\b.json")).contains("a/b.json");
        assertThat(SubmissionReader.safeEntryPath("a/../b.json")).isEmpty();
        assertThat(SubmissionReader.safeEntryPath("/a.json")).isEmpty();
        assertThat(SubmissionReader.safeEntryPath("c:a.json")).isEmpty();
        assertThat(SubmissionReader.safeEntryPath("a\0.json")).isEmpty();
    }

    private SubmissionSource only() throws IOException {
        List<SubmissionSource> sources = SubmissionSource.list(dir);
        assertThat(sources).hasSize(1);
        return sources.get(0);
    }

    record Entry(String name, String content) { }

    static void zip(Path file, List<Entry> entries) throws IOException {
        try (OutputStream raw = Files.newOutputStream(file); ZipOutputStream out = new ZipOutputStream(raw)) {
            for (Entry e : entries) {
                ZipEntry entry = new ZipEntry(e.name());
                out.putNextEntry(entry);
                out.write(e.content().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
    }
}
