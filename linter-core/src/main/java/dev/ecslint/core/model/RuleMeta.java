package dev.ecslint.core.model;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Everything a user or a tool needs to know about a rule, read before its code. The rule reference
 * {@code docs/rules.md}, {@code --explain}, SARIF rule descriptors and the grader's feedback are all
 * generated from it.
 *
 * @param equivalents ids of the same check in other tools (hadolint {@code DLxxxx}, Checkov
 *                    {@code CKV_…}, Trivy, Security Hub); hadolint pragmas map through them
 */
public record RuleMeta(String id, String name, String title, Severity severity, Category category,
                       Set<DocumentKind> kinds, String rationale, String fix, List<Example> bad,
                       List<Example> good, List<String> references, List<String> equivalents) {

    private static final Pattern ID = Pattern.compile("[A-Z]{1,5}\\d{3}");
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public RuleMeta {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("rule id must be 1-5 capitals and 3 digits, like DF001: " + id);
        }
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(id + ": rule name must be kebab-case: " + name);
        }
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        bad = List.copyOf(bad);
        good = List.copyOf(good);
        references = List.copyOf(references);
        equivalents = List.copyOf(equivalents);
    }

    /** The family prefix: {@code DF}, {@code CT}, {@code E}, … */
    public String family() {
        return id.replaceAll("\\d+$", "");
    }

    public static Builder builder(String id, String name) {
        return new Builder(id, name);
    }

    /** Reads like the RULES.md table row it comes from. */
    public static final class Builder {
        private final String id;
        private final String name;
        private String title;
        private Severity severity;
        private Category category = Category.MAINTAINABILITY;
        private final Set<DocumentKind> kinds = EnumSet.noneOf(DocumentKind.class);
        private String rationale;
        private String fix;
        private final List<Example> bad = new ArrayList<>();
        private final List<Example> good = new ArrayList<>();
        private final List<String> references = new ArrayList<>();
        private final List<String> equivalents = new ArrayList<>();

        private Builder(String id, String name) {
            this.id = id;
            this.name = name;
        }

        public Builder title(String value) {
            this.title = value;
            return this;
        }

        public Builder severity(Severity value) {
            this.severity = value;
            return this;
        }

        public Builder category(Category value) {
            this.category = value;
            return this;
        }

        public Builder kinds(DocumentKind... values) {
            this.kinds.addAll(List.of(values));
            return this;
        }

        public Builder rationale(String value) {
            this.rationale = value;
            return this;
        }

        public Builder fix(String value) {
            this.fix = value;
            return this;
        }

        public Builder bad(String fileName, String code) {
            this.bad.add(new Example(fileName, code));
            return this;
        }

        public Builder good(String fileName, String code) {
            this.good.add(new Example(fileName, code));
            return this;
        }

        public Builder references(String... values) {
            this.references.addAll(List.of(values));
            return this;
        }

        public Builder equivalents(String... values) {
            this.equivalents.addAll(List.of(values));
            return this;
        }

        public RuleMeta build() {
            return new RuleMeta(id, name, title, severity, category, kinds, rationale, fix, bad, good, references,
                    equivalents);
        }
    }
}
