package dev.ecslint.core.aws;

import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.model.Located;

/**
 * A subject that can be read as the document the AWS API would take for it, with the API's key spelling
 * ({@code containerDefinitions[0].portMappings[0].containerPort}) and every node located in the file the
 * user edits. For AWS JSON the tree is the document itself; a source mapper (CloudFormation, compose,
 * Terraform) hands the reader the tree it mapped, so the subject keeps it (PLAN decision 3). Custom
 * rules' {@code given} and {@code when} paths run over this tree, which is how one rule checks a task
 * definition in every source and still points at the user's own line.
 */
public interface AwsShaped {

    /** The subject as an AWS API document, located in the user's file. */
    JsonValue awsTree();

    /** Where findings about something the document lacks point when nothing nearer exists. */
    default Located awsAnchor() {
        return awsTree();
    }

    /**
     * False when the document holds only part of the subject — a bare array of container definitions, an
     * update-service request — so that a top-level key it lacks is unknown (set elsewhere, or kept as it
     * is), not missing.
     */
    default boolean complete() {
        return true;
    }
}
