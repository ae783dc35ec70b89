package dev.ecslint.core.terraform;

import dev.ecslint.core.json.ParseProblem;
import dev.ecslint.core.model.SourceFile;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Terraform module: every {@code .tf} and {@code .tf.json} file of one directory, read together because
 * Terraform joins them (a lifecycle policy in {@code ecr.tf} attaches to a repository in {@code main.tf}).
 * The file being linted is read first and at its own line numbers; the others are read-only context
 * ({@link ModuleFiles}): a sibling that cannot be parsed is left out here and reported when it is linted.
 */
public final class TerraformModule {

    private final Path directory;
    private final ModuleFiles files;
    private final FileAccess access;
    private final ParsedTerraformFiles parsed;
    private final Map<String, HclBlock> resources = new LinkedHashMap<>();
    /** Every resource block, in file order: two files declaring one address (invalid) are both checked. */
    private final List<HclBlock> resourceBlocks = new ArrayList<>();
    private final Map<String, HclBlock> data = new LinkedHashMap<>();
    private final Map<String, HclBlock> variables = new LinkedHashMap<>();
    private final Map<String, HclAttribute> locals = new LinkedHashMap<>();
    private final Map<SourceFile, HclBody> bodies = new java.util.IdentityHashMap<>();

    private TerraformModule(Path directory, FileAccess access, ParsedTerraformFiles parsed) {
        this.directory = directory;
        this.files = new ModuleFiles();
        this.access = access;
        this.parsed = parsed;
    }

    /**
     * Reads the module of a Terraform file: the file itself (a parse problem is the file's own E001), then
     * its siblings in name order.
     */
    public static TerraformModule of(SourceFile linted, FileAccess access) throws ParseProblem {
        return of(linted, access, ParsedTerraformFiles.none());
    }

    /** The same, taking the files this run has parsed already from {@code parsed} (and adding to it). */
    public static TerraformModule of(SourceFile linted, FileAccess access, ParsedTerraformFiles parsed)
            throws ParseProblem {
        Path directory = linted.path() == null ? null : linted.path().toAbsolutePath().getParent();
        TerraformModule module = new TerraformModule(directory, access, parsed);
        HclBody body = parsed.parse(linted);
        module.files.add(linted);
        module.bodies.put(linted, body);
        module.index(body);
        module.readSiblings(linted.path());
        return module;
    }

    /**
     * Reads every file of the module in {@code directory}, in name order, the first at its own line numbers: the
     * module as a whole, its files' findings told apart by {@link ModuleFiles#find}.
     */
    public static TerraformModule whole(Path directory, FileAccess access, ParsedTerraformFiles parsed) {
        TerraformModule module = new TerraformModule(directory.toAbsolutePath(), access, parsed);
        module.readSiblings(null);
        return module;
    }

    /**
     * Reads the module in {@code directory} as context for a file that is not Terraform (a JSON file a
     * {@code file()} call reads), which is placed first.
     */
    public static TerraformModule around(SourceFile first, Path directory, FileAccess access,
                                         ParsedTerraformFiles parsed) {
        TerraformModule module = new TerraformModule(directory.toAbsolutePath(), access, parsed);
        module.files.add(first);
        module.readSiblings(first.path());
        return module;
    }

    private void readSiblings(Path except) {
        if (directory == null) {
            return;
        }
        for (Path sibling : terraformFilesIn(directory)) {
            if (except != null && sibling.toAbsolutePath().normalize().equals(except.toAbsolutePath().normalize())) {
                continue;
            }
            Optional<ParsedTerraformFiles.Parsed> read = parsed.sibling(sibling, access);
            if (read.isEmpty()) {
                continue;
            }
            PlacedFile placed = files.add(read.get().source());
            // a file that does not parse is reported when it is linted; here it adds nothing
            if (read.get().body() != null) {
                index(LineShift.body(read.get().body(), placed.lineBase()));
            }
        }
    }

    /** The regular {@code .tf} and {@code .tf.json} files of a directory, sorted by name. */
    public static List<Path> terraformFilesIn(Path directory) {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            for (Path entry : entries) {
                if (TerraformFiles.isTerraform(entry.getFileName().toString())
                        && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                    found.add(entry);
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        found.sort(null);
        return found;
    }

    private void index(HclBody body) {
        for (HclBlock block : body.blocks()) {
            switch (block.type()) {
                case "resource":
                    resourceBlocks.add(block);
                    resources.putIfAbsent(block.label(0) + "." + block.label(1), block);
                    break;
                case "data":
                    data.putIfAbsent(block.label(0) + "." + block.label(1), block);
                    break;
                case "variable":
                    variables.putIfAbsent(block.label(0), block);
                    break;
                case "locals":
                    block.body().attributes().forEach(a -> locals.putIfAbsent(a.name(), a));
                    break;
                default:
                    break;
            }
        }
    }

    /** The parsed body of the file being linted. */
    public HclBody body(SourceFile linted) {
        return bodies.get(linted);
    }

    /** The module's directory, {@code null} for a file that is not on disk. */
    public Path directory() {
        return directory;
    }

    public ModuleFiles files() {
        return files;
    }

    FileAccess access() {
        return access;
    }

    /** Every {@code resource} block, by address ({@code aws_ecs_service.api}), in file order. */
    public Map<String, HclBlock> resources() {
        return resources;
    }

    /** The resources of one type, in file order. */
    public List<HclBlock> resources(String type) {
        List<HclBlock> found = new ArrayList<>();
        for (HclBlock block : resourceBlocks) {
            if (block.label(0).equals(type)) {
                found.add(block);
            }
        }
        return found;
    }

    public Optional<HclBlock> resource(String address) {
        return Optional.ofNullable(resources.get(address));
    }

    public Optional<HclBlock> data(String address) {
        return Optional.ofNullable(data.get(address));
    }

    public Optional<HclBlock> variable(String name) {
        return Optional.ofNullable(variables.get(name));
    }

    public Optional<HclAttribute> local(String name) {
        return Optional.ofNullable(locals.get(name));
    }
}
