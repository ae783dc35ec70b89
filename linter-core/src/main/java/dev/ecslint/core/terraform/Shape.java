package dev.ecslint.core.terraform;

import java.util.List;

/**
 * How the arguments and nested blocks of a Terraform block become the members of an AWS API object: the
 * AWS provider's argument names on the left, the ECS/ECR API's key paths on the right ({@code /} nests).
 */
record Shape(List<Field> fields) {

    Shape {
        fields = List.copyOf(fields);
    }

    static Shape of(Field... fields) {
        return new Shape(List.of(fields));
    }

    /** What a field holds. */
    enum Kind {
        /** An argument, as written. */
        VALUE,
        /**
         * An argument whose mere presence matters ({@code launch_type} beside a capacity provider strategy):
         * left out when unknown, since {@code cond ? null : var.x} may well leave it unset.
         */
        VALUE_IF_KNOWN,
        /** A string argument holding a JSON document (jsonencode, heredoc, file()). */
        DOCUMENT,
        /** A boolean argument the API spells {@code ENABLED}/{@code DISABLED} ({@code assign_public_ip}). */
        ENABLED_FLAG,
        /** A nested block that appears once: an object. */
        BLOCK,
        /** A nested block that may repeat: an array of objects. */
        BLOCKS
    }

    record Field(String argument, String awsPath, Kind kind, Shape nested) { }

    static Field value(String argument, String awsPath) {
        return new Field(argument, awsPath, Kind.VALUE, null);
    }

    static Field valueIfKnown(String argument, String awsPath) {
        return new Field(argument, awsPath, Kind.VALUE_IF_KNOWN, null);
    }

    static Field document(String argument, String awsPath) {
        return new Field(argument, awsPath, Kind.DOCUMENT, null);
    }

    static Field enabledFlag(String argument, String awsPath) {
        return new Field(argument, awsPath, Kind.ENABLED_FLAG, null);
    }

    static Field block(String type, String awsPath, Shape nested) {
        return new Field(type, awsPath, Kind.BLOCK, nested);
    }

    static Field blocks(String type, String awsPath, Shape nested) {
        return new Field(type, awsPath, Kind.BLOCKS, nested);
    }
}
