package dev.ecslint.core.custom;

/** Paths as people read them, made from RFC 6901 pointers: {@code /containerDefinitions/0/image} → {@code containerDefinitions[0].image}. */
final class PathText {

    private PathText() {
    }

    static String ofPointer(String pointer) {
        StringBuilder out = new StringBuilder();
        for (String raw : pointer.substring(1).split("/", -1)) {
            String segment = raw.replace("~1", "/").replace("~0", "~");
            if (!segment.isEmpty() && segment.length() < 10 && segment.chars().allMatch(Character::isDigit)) {
                out.append('[').append(segment).append(']');
            } else {
                out.append(new PathExpression.Key(segment, 0).written(out.length() == 0));
            }
        }
        return out.toString();
    }
}
