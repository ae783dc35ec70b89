package dev.ecslint.core.model;

import dev.ecslint.core.i18n.Message;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Everything a user or a tool needs to know about a rule, read before its code. The rule reference
 * {@code docs/rules.md}, {@code --explain}, SARIF rule descriptors and the grader's feedback are all
 * generated from it.
 *
 * @param equivalents ids of the same check in other tools (hadolint {@code DLxxxx}, Checkov
 *                    {@code CKV_…}, Trivy, Security Hub); hadolint pragmas map through them
 * @param messages    the English templates of the rule's messages by name ({@code privileged} is the key
 *                    {@code CT010.privileged}); the Korean ones live in the rules' bundle beside its title
 */
public record RuleMeta(String id, String name, String title, Severity severity, Category category,
                       Set<DocumentKind> kinds, String rationale, String fix, List<Example> bad,
                       List<Example> good, List<String> references, List<String> equivalents,
                       Map<String, String> messages) {

    private static final Pattern ID = Pattern.compile("[A-Z]{1,5}\\d{3}");
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** Compiled once: every rule's metadata declares its messages when its rule set is first used. */
    private static final Pattern MESSAGE_NAME = Pattern.compile("[a-z][A-Za-z0-9]*");

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
        messages = Collections.unmodifiableMap(new TreeMap<>(messages));
    }

    /** Metadata without messages of its own (rules that still report plain text). */
    public RuleMeta(String id, String name, String title, Severity severity, Category category,
                    Set<DocumentKind> kinds, String rationale, String fix, List<Example> bad,
                    List<Example> good, List<String> references, List<String> equivalents) {
        this(id, name, title, severity, category, kinds, rationale, fix, bad, good, references, equivalents,
                Map.of());
    }

    /**
     * The rule's message {@code name} ({@code CT010.privileged}), to be given its arguments and reported.
     *
     * @throws IllegalArgumentException when the metadata declares no such message: a bug the rule's tests catch
     */
    public Message message(String name) {
        if (!messages.containsKey(name)) {
            throw new IllegalArgumentException(id + " declares no message " + name + "; add .message(\"" + name
                    + "\", \"…\") to its metadata");
        }
        return Message.of(id + "." + name);
    }

    /** The rule's general fix, in the run's language: what a finding shows when the rule gives no fix of its own. */
    public Message fixMessage() {
        return Message.of(id + ".fix");
    }

    /** The family prefix: {@code DF}, {@code CT}, {@code E}, … */
    public String family() {
        return id.substring(0, id.length() - 3); // the id is 1-5 capitals and 3 digits (checked above)
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
        private final Map<String, String> messages = new TreeMap<>();

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

        /**
         * A message the rule reports: its name ({@code noUser}, the key's part after the id) and English
         * template ({@code "{container} sets no `user`; …"}, see {@link Message}). The Korean template goes
         * into {@code explanations_ko.properties} under {@code <ID>.<name>}.
         */
        public Builder message(String messageName, String englishTemplate) {
            if (List.of("title", "rationale", "fix").contains(messageName) || !MESSAGE_NAME.matcher(messageName).matches()) {
                throw new IllegalArgumentException(id + ": a message name is camelCase and not title, rationale or "
                        + "fix: " + messageName);
            }
            if (messages.put(messageName, englishTemplate) != null) {
                throw new IllegalArgumentException(id + ": message " + messageName + " is declared twice");
            }
            return this;
        }

        public RuleMeta build() {
            return new RuleMeta(id, name, title, severity, category, kinds, rationale, fix, bad, good, references,
                    equivalents, messages);
        }
    }
}
