package dev.ecslint.core.json;

/** RFC 6901 pointer construction. */
public final class JsonPointer {

    private JsonPointer() {
    }

    public static String child(String parent, String key) {
        return parent + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    public static String child(String parent, int index) {
        return parent + "/" + index;
    }
}
