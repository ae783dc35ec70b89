package dev.ecslint.core.aws;

import dev.ecslint.core.i18n.Message;
import dev.ecslint.core.json.JsonModel;
import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonArray;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.json.JsonValue.JsonString;
import dev.ecslint.core.model.Placeholders;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One entry of a lifecycle policy's {@code rules} array, read leniently (see {@link JsonModel}).
 *
 * @param index position in the {@code rules} array
 */
public record LifecyclePolicyRule(int index, JsonObject node) implements JsonModel {

    /** {@code selection.tagStatus}. */
    public enum TagStatus {
        TAGGED, UNTAGGED, ANY;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static final String STANDARD = "standard";
    public static final String ARCHIVE = "archive";

    public OptionalLong priority() {
        return integer("rulePriority");
    }

    public Optional<TagStatus> tagStatus() {
        return text("selection/tagStatus").flatMap(LifecyclePolicyRule::tagStatusOf);
    }

    /** True for a {@code tagged} or {@code any} rule: it can expire images that carry release tags. */
    public boolean selectsTaggedImages() {
        return tagStatus().filter(s -> s != TagStatus.UNTAGGED).isPresent();
    }

    private static Optional<TagStatus> tagStatusOf(String text) {
        for (TagStatus s : TagStatus.values()) {
            if (s.label().equals(text)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** {@code selection.storageClass}; ECR uses {@code standard} when it is absent. */
    public Optional<String> storageClass() {
        return value("selection/storageClass").isPresent() ? text("selection/storageClass")
                : Optional.of(STANDARD);
    }

    public Optional<String> countType() {
        return text("selection/countType");
    }

    public OptionalLong countNumber() {
        return integer("selection/countNumber");
    }

    /** {@code action.type}: {@code expire} or {@code transition}. */
    public Optional<String> actionType() {
        return text("action/type");
    }

    public boolean expires() {
        return actionType().filter("expire"::equals).isPresent();
    }

    /** The list given for a kind of tag filter, when the rule has one (even an empty or unreadable one). */
    public Optional<JsonValue> tagList(LifecyclePolicyTagFilter.Kind kind) {
        return value("selection/" + kind.key());
    }

    /**
     * The rule's tag filter when it has exactly one readable, non-empty list of literal strings; empty when
     * it has none, both, or an entry that is not a plain string (a placeholder makes the filter unknown).
     */
    public Optional<LifecyclePolicyTagFilter> tagFilter() {
        Optional<JsonValue> prefixes = tagList(LifecyclePolicyTagFilter.Kind.PREFIX);
        Optional<JsonValue> patterns = tagList(LifecyclePolicyTagFilter.Kind.PATTERN);
        if (prefixes.isPresent() == patterns.isPresent()) {
            return Optional.empty();
        }
        LifecyclePolicyTagFilter.Kind kind = prefixes.isPresent() ? LifecyclePolicyTagFilter.Kind.PREFIX
                : LifecyclePolicyTagFilter.Kind.PATTERN;
        JsonValue list = prefixes.orElseGet(patterns::get);
        if (!(list instanceof JsonArray array) || array.items().isEmpty()) {
            return Optional.empty();
        }
        List<String> entries = new ArrayList<>();
        for (JsonValue item : array.items()) {
            if (!(item instanceof JsonString s) || Placeholders.isTemplated(s.value())) {
                return Optional.empty();
            }
            entries.add(s.value());
        }
        return Optional.of(new LifecyclePolicyTagFilter(kind, entries));
    }

    /** What the rule selects, when its storage class, tag status and (for tagged rules) filter are known. */
    public Optional<LifecyclePolicySelection> selection() {
        Optional<TagStatus> status = tagStatus();
        Optional<String> storage = storageClass();
        if (status.isEmpty() || storage.isEmpty()) {
            return Optional.empty();
        }
        if (status.get() != TagStatus.TAGGED) {
            return Optional.of(new LifecyclePolicySelection(storage.get(), status.get(), null));
        }
        return tagFilter().map(f -> new LifecyclePolicySelection(storage.get(), TagStatus.TAGGED, f));
    }

    /** How messages name the rule: {@code rule 2 (`rulePriority` 20, "Clean up main containers")}. */
    public Message label() {
        OptionalLong p = priority();
        Message rule = text("description").filter(d -> !d.isBlank())
                .map(d -> Message.of("lifecycle.ruleDescribed").verbatim("description", "\"" + d + "\""))
                .orElse(Message.of("lifecycle.rule")).number("number", index + 1L);
        if (p.isPresent()) {
            return rule.number("priority", p.getAsLong());
        }
        return value("rulePriority").map(v -> rule.code("priority", v.text()))
                .orElse(rule.phrase("priority", Message.of("lifecycle.priorityMissing")));
    }
}
