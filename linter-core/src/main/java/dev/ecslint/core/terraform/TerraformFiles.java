package dev.ecslint.core.terraform;

import dev.ecslint.core.json.ParseProblem;
import java.util.Locale;

/** Terraform's two file syntaxes, told apart by name as Terraform does. */
public final class TerraformFiles {

    private TerraformFiles() {
    }

    /** {@code *.tf} (native syntax) or {@code *.tf.json} (JSON syntax). */
    public static boolean isTerraform(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".tf") || lower.endsWith(".tf.json");
    }

    /** Reads a file in the syntax its name says. */
    public static HclBody parse(PlacedFile file) throws ParseProblem {
        String name = file.source().displayPath().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") ? JsonSyntax.read(file) : HclParser.parseFile(file);
    }
}
