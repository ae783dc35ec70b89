package dev.ecslint.core.model;

import java.util.Locale;

/** The kinds of file ecslint reads (DESIGN.md, data flow). */
public enum DocumentKind {
    DOCKERFILE, TASK_DEFINITION, SERVICE, CLUSTER, REPOSITORY, LIFECYCLE_POLICY, CLOUDFORMATION, COMPOSE, TERRAFORM,
    UNKNOWN;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
