package dev.ecslint.core.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * How one source spells the keys of one AWS API shape, so {@link AwsTree#map} can rename a resource's
 * located tree into that shape. A key is renamed by the first of: the object it sits in is a map of user
 * data ({@link Builder#verbatim}, e.g. {@code logConfiguration.options}: kept as written); an explicit
 * {@link Builder#rename}; an explicit {@link Builder#drop} (the key has no API equivalent); the source's
 * {@link Case} ({@code ContainerDefinitions} and {@code container_definitions} both become
 * {@code containerDefinitions}).
 *
 * <p>Paths name places in the AWS shape, after renaming: keys separated by {@code /}, {@code *} for any
 * array element or key ({@code containerDefinitions/*}{@code /logConfiguration/options}); the empty path
 * is the resource itself.
 */
public final class KeyMapping {

    /** The source's spelling of API keys. */
    public enum Case {
        /** CloudFormation: {@code NetworkMode}. */
        PASCAL,
        /** Terraform: {@code network_mode}. */
        SNAKE,
        /** The API's own spelling. */
        CAMEL;

        /** The API spelling of a key written in this case. */
        public String toApi(String key) {
            if (key.isEmpty()) {
                return key;
            }
            switch (this) {
                case PASCAL:
                    return key.substring(0, 1).toLowerCase(Locale.ROOT) + key.substring(1);
                case SNAKE: {
                    StringBuilder camel = new StringBuilder(key.length());
                    boolean upper = false;
                    for (int i = 0; i < key.length(); i++) {
                        char c = key.charAt(i);
                        if (c == '_') {
                            upper = camel.length() > 0;
                        } else {
                            camel.append(upper ? Character.toUpperCase(c) : c);
                            upper = false;
                        }
                    }
                    return camel.toString();
                }
                default:
                    return key;
            }
        }
    }

    private record Rename(String[] path, String sourceKey, String apiKey) { }

    private record Conversion(String[] path, UnaryOperator<dev.ecslint.core.json.JsonValue> converter) { }

    private final Case sourceCase;
    private final List<String[]> verbatim;
    private final List<Rename> renames;
    private final List<String[]> singles;
    private final List<Conversion> conversions;

    private KeyMapping(Builder b) {
        this.sourceCase = b.sourceCase;
        this.verbatim = List.copyOf(b.verbatim);
        this.renames = List.copyOf(b.renames);
        this.singles = List.copyOf(b.singles);
        this.conversions = List.copyOf(b.conversions);
    }

    public static Builder builder(Case sourceCase) {
        return new Builder(sourceCase);
    }

    /**
     * The API key of a source key found in the object at {@code objectPath}, or {@code null} when the key is
     * dropped.
     */
    public String apiKey(List<String> objectPath, String sourceKey) {
        if (matchesAny(verbatim, objectPath)) {
            return sourceKey;
        }
        for (Rename r : renames) {
            if (r.sourceKey().equals(sourceKey) && matches(r.path(), objectPath)) {
                return r.apiKey();
            }
        }
        return sourceCase.toApi(sourceKey);
    }

    /** True when the object at this path is a map of user data whose keys are kept as written. */
    public boolean isVerbatim(List<String> objectPath) {
        return matchesAny(verbatim, objectPath);
    }

    /** True when a list of one object at this path stands for that object (a Terraform block). */
    public boolean isSingle(List<String> path) {
        return matchesAny(singles, path);
    }

    /** The conversion of the value at this path, or {@code null}. */
    public UnaryOperator<dev.ecslint.core.json.JsonValue> conversion(List<String> path) {
        for (Conversion c : conversions) {
            if (matches(c.path(), path)) {
                return c.converter();
            }
        }
        return null;
    }

    private static boolean matchesAny(List<String[]> patterns, List<String> path) {
        for (String[] p : patterns) {
            if (matches(p, path)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(String[] pattern, List<String> path) {
        if (pattern.length != path.size()) {
            return false;
        }
        for (int i = 0; i < pattern.length; i++) {
            if (!pattern[i].equals("*") && !pattern[i].equals(path.get(i))) {
                return false;
            }
        }
        return true;
    }

    static String[] split(String path) {
        return path.isEmpty() ? new String[0] : path.split("/", -1);
    }

    /** Collects the mapping of one source for one shape. */
    public static final class Builder {
        private final Case sourceCase;
        private final List<String[]> verbatim = new ArrayList<>();
        private final List<Rename> renames = new ArrayList<>();
        private final List<String[]> singles = new ArrayList<>();
        private final List<Conversion> conversions = new ArrayList<>();

        private Builder(Case sourceCase) {
            this.sourceCase = sourceCase;
        }

        /** The objects at these paths are maps of user data: their keys are kept as written. */
        public Builder verbatim(String... paths) {
            for (String p : paths) {
                verbatim.add(split(p));
            }
            return this;
        }

        /** In the object at {@code objectPath}, the source key {@code sourceKey} is the API key {@code apiKey}. */
        public Builder rename(String objectPath, String sourceKey, String apiKey) {
            renames.add(new Rename(split(objectPath), sourceKey, apiKey));
            return this;
        }

        /** In the object at {@code objectPath}, the source key has no API equivalent and is left out. */
        public Builder drop(String objectPath, String sourceKey) {
            return rename(objectPath, sourceKey, null);
        }

        /** At these paths a list holding one object stands for the object itself (Terraform blocks). */
        public Builder single(String... paths) {
            for (String p : paths) {
                singles.add(split(p));
            }
            return this;
        }

        /**
         * The value at {@code path} is converted after renaming (Terraform's {@code assign_public_ip = true}
         * is the API's {@code "ENABLED"}); the converter keeps the value's span and pointer.
         */
        public Builder convert(String path, UnaryOperator<dev.ecslint.core.json.JsonValue> converter) {
            conversions.add(new Conversion(split(path), converter));
            return this;
        }

        public KeyMapping build() {
            return new KeyMapping(this);
        }
    }
}
