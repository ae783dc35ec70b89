package dev.ecslint.rules.dockerfile;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code EXPOSE} argument as Docker reads it: a port or a range, optionally with a protocol
 * ({@code 80}, {@code 80/tcp}, {@code 8000-8010/udp}).
 *
 * @param protocol lower case, {@code tcp} when not written
 */
record ExposedPort(long first, long last, String protocol) {

    private static final Pattern SYNTAX = Pattern.compile("(\\d{1,10})(?:-(\\d{1,10}))?(?:/([A-Za-z]+))?");

    /** Empty when the text is not a port, a range or a known protocol. */
    static Optional<ExposedPort> parse(String text) {
        Matcher m = SYNTAX.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        long first = Long.parseLong(m.group(1));
        long last = m.group(2) == null ? first : Long.parseLong(m.group(2));
        String protocol = m.group(3) == null ? "tcp" : m.group(3).toLowerCase(Locale.ROOT);
        if (!protocol.equals("tcp") && !protocol.equals("udp") && !protocol.equals("sctp")) {
            return Optional.empty();
        }
        return Optional.of(new ExposedPort(first, last, protocol));
    }

    boolean contains(long port) {
        return first <= port && port <= last;
    }
}
