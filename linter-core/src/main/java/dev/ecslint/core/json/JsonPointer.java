package dev.ecslint.core.json;

/** RFC 6901 pointer construction. */
public final class JsonPointer {

    private JsonPointer() {
    }

    public static String child(String parent, String key) {
        String escaped = key.indexOf('~') < 0 && key.indexOf('/') < 0 ? key
                : key.replace("~", "~0").replace("/", "~1");
        // sized once: the readers build a pointer for every node of a document
        return new StringBuilder(parent.length() + 1 + escaped.length()).append(parent).append('/').append(escaped)
                .toString();
    }

    /** The last key of a pointer, unescaped ({@code /a/b~1c} → {@code b/c}). */
    public static String lastKey(String pointer) {
        return pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
    }

    public static String child(String parent, int index) {
        return new StringBuilder(parent.length() + 4).append(parent).append('/').append(index).toString();
    }
}
