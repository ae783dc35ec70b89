package dev.ecslint.core.terraform;

import dev.ecslint.core.engine.SubjectReader.Naming;
import dev.ecslint.core.mapping.PlaceNames;
import java.util.List;

/**
 * Names a place in a module as its author reads it: the resource address, then the argument path below it
 * ({@code aws_ecs_service.api: network_configuration.assign_public_ip},
 * {@code aws_ecs_task_definition.app: container_definitions[0].environment[2].value}). In a JSON file that a
 * {@code file(…)} call reads, a place is named through the argument that reads the file.
 */
final class TerraformNaming implements Naming {

    private static final String RESOURCE = "/resource/";

    /** The pointer of the argument reading the linted file ({@code file(…)}), or {@code null}. */
    private final String readBy;

    TerraformNaming(String readBy) {
        this.readBy = readBy;
    }

    @Override
    public String nameOf(String pointer) {
        if (!pointer.startsWith(RESOURCE)) {
            return readBy == null ? null : nameOf(readBy + pointer);
        }
        List<String> segments = PlaceNames.segments(pointer);
        if (segments.size() < 3) {
            return null;
        }
        String address = segments.get(1) + "." + segments.get(2);
        String below = PlaceNames.dotted(null, segments.subList(3, segments.size()));
        return below.isEmpty() ? address : address + ": " + below;
    }
}
