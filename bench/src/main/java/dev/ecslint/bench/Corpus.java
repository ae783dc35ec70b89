package dev.ecslint.bench;

import dev.ecslint.core.engine.InputFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real corpus the benchmarks run over: {@code ../shared/corpus} from the project root (override
 * with {@code -Decslint.corpus=DIR}), one folder per kind. Each file becomes an in-memory input named
 * as its repository named it (the corpus prefixes names with {@code NNNN__owner__repo__dir__}), so
 * that it classifies as it would in a user's checkout; the bundled examples stand in when the corpus
 * is absent.
 */
final class Corpus {

    private Corpus() {
    }

    static Path root() {
        return Path.of(System.getProperty("ecslint.corpus", "../shared/corpus"));
    }

    /** The files of one kind folder ({@code dockerfiles}, {@code taskdefs}, …), in name order. */
    static List<InputFile> files(String kind) {
        Path dir = root().resolve(kind);
        if (!Files.isDirectory(dir)) {
            dir = Path.of("examples");
        }
        List<InputFile> files = new ArrayList<>();
        try (Stream<Path> all = Files.list(dir)) {
            for (Path p : (Iterable<Path>) all.filter(Files::isRegularFile).sorted()::iterator) {
                // 0001__owner__repo__dir__Dockerfile → 0001/owner/repo/dir/Dockerfile
                String path = p.getFileName().toString().replace("__", "/");
                files.add(InputFile.inMemory(path, Files.readString(p, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("no corpus files in " + dir);
        }
        return files;
    }
}
