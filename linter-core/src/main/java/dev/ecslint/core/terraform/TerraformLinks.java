package dev.ecslint.core.terraform;

import dev.ecslint.core.model.SourceFile;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the module that reads a JSON file with {@code file(…)}
 * ({@code container_definitions = file("${path.module}/containers.json")}): that file is then linted with the
 * task definition's context (launch type, network mode, sizes), findings pointing into it, instead of as a
 * bare document. The module may be the file's directory or one of the two above it
 * ({@code file("${path.module}/task-definitions/app.json")}).
 */
public final class TerraformLinks {

    /** How many directories are looked at: the JSON file's own and the two above it. */
    public static final int LEVELS = 3;

    private TerraformLinks() {
    }

    /** The module read with the JSON file placed first, when one of its documents comes from that file. */
    public static Optional<TerraformReader.Read> moduleReading(SourceFile json, FileAccess access,
                                                               ParsedTerraformFiles parsed) {
        Path file = json.path().toAbsolutePath().normalize();
        String name = file.getFileName().toString();
        Path dir = file.getParent();
        for (int up = 0; up < LEVELS && dir != null; up++, dir = dir.getParent()) {
            if (!mentions(dir, name, access)) {
                continue;
            }
            TerraformReader.Read read = TerraformReader.read(TerraformModule.around(json, dir, access, parsed));
            if (read.documentFiles().contains(file)) {
                return Optional.of(read);
            }
        }
        return Optional.empty();
    }

    /** A cheap first look: some Terraform file of the directory calls file() and names the JSON file. */
    private static boolean mentions(Path dir, String fileName, FileAccess access) {
        for (Path tf : TerraformModule.terraformFilesIn(dir)) {
            Optional<String> text = access.read(tf);
            if (text.isPresent() && text.get().contains(fileName)
                    && text.get().toLowerCase(Locale.ROOT).contains("file(")) {
                return true;
            }
        }
        return false;
    }
}
