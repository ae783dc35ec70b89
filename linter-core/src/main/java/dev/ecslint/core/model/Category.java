package dev.ecslint.core.model;

import java.util.Locale;

/** What a rule protects; used for tags in SARIF and filtering in the catalog. */
public enum Category {
    SECURITY, RELIABILITY, EFFICIENCY, MAINTAINABILITY, CORRECTNESS;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
