package dev.ecslint.core.cloudformation;

import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.json.JsonValue.JsonString;
import dev.ecslint.core.json.JsonValue.JsonTagged;
import dev.ecslint.core.model.Located;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What CDK writes: a cloud assembly ({@code cdk synth} writes {@code cdk.out/}) whose templates are linted,
 * but whose {@code asset.*} folders are copies of the project's own files (Dockerfiles, code) made for
 * upload — linting them would report every finding of the project twice; and, in those templates, container
 * images CDK builds from the project's Dockerfiles ({@code ContainerImage.fromAsset}) and pushes to its
 * bootstrap repository.
 */
public final class CdkOutput {

    private CdkOutput() {
    }

    /**
     * For a container definition whose image CDK builds from a Dockerfile of the project, the image: a
     * {@code Fn::Sub} (or {@code Fn::Join}) onto the bootstrap's {@code …container-assets…} repository (CDK v1:
     * {@code aws-cdk/assets}). Its USER and HEALTHCHECK are that Dockerfile's, linted with it.
     */
    public static Optional<Located> assetImage(JsonObject containerDefinition) {
        Optional<JsonValue> image = containerDefinition.get("image");
        if (image.isEmpty() || !(image.get() instanceof JsonTagged t)
                || !(t.tag().equals(Intrinsics.SUB) || t.tag().equals(Intrinsics.JOIN))) {
            return Optional.empty();
        }
        String literalParts = literalText(t.argument());
        return literalParts.contains("container-assets") || literalParts.contains("aws-cdk/assets")
                ? Optional.of(image.get()) : Optional.empty();
    }

    private static String literalText(JsonValue value) {
        if (value instanceof JsonString s) {
            return s.value();
        }
        StringBuilder out = new StringBuilder();
        value.elements().forEach(v -> out.append(literalText(v)));
        return out.toString();
    }

    /** True for an {@code asset.*} folder inside a {@code cdk.out} folder. */
    public static boolean isAssetCopy(Path directory) {
        Path name = directory.getFileName();
        if (name == null || !name.toString().startsWith("asset.")) {
            return false;
        }
        for (Path up = directory.getParent(); up != null; up = up.getParent()) {
            if (up.getFileName() != null && up.getFileName().toString().equals("cdk.out")) {
                return true;
            }
        }
        return false;
    }
}
