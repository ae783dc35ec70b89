package dev.ecslint.core.compose;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Compose's units, in ECS's: byte sizes in MiB, CPU counts in CPU units, durations in seconds. */
final class ComposeValues {

    private static final Pattern BYTES = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kmgt]?)i?b?", Pattern.CASE_INSENSITIVE);
    private static final Pattern DURATION_PART = Pattern.compile("(?<![\\d.])(\\d+(?:\\.\\d+)?)(ns|us|µs|ms|s|m|h)");

    private ComposeValues() {
    }

    /** {@code 512m}, {@code 1g}, {@code 1073741824} (bytes) in MiB, rounded up. */
    static Optional<Long> mebibytes(String text) {
        Matcher m = BYTES.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        BigDecimal amount = new BigDecimal(m.group(1));
        int power;
        switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "k": power = 1; break;
            case "m": power = 2; break;
            case "g": power = 3; break;
            case "t": power = 4; break;
            default: power = 0;
        }
        BigDecimal bytes = amount.multiply(BigDecimal.valueOf(1024).pow(power));
        BigDecimal mib = bytes.divide(BigDecimal.valueOf(1024L * 1024), 0, java.math.RoundingMode.CEILING);
        return Optional.of(mib.longValue());
    }

    /** {@code 0.5} CPUs as 512 CPU units. */
    static Optional<Long> cpuUnits(String text) {
        try {
            return Optional.of(new BigDecimal(text.trim()).multiply(BigDecimal.valueOf(1024))
                    .setScale(0, java.math.RoundingMode.HALF_UP).longValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    /** {@code 1m30s}, {@code 10s}, {@code 500ms} in whole seconds (rounded up); a bare number is seconds. */
    static Optional<Long> seconds(String text) {
        String t = text.trim();
        if (t.matches("\\d+")) {
            return Optional.of(Long.parseLong(t));
        }
        Matcher m = DURATION_PART.matcher(t);
        double total = 0;
        int end = 0;
        // each part starts where the last ended; a part starts only at the head of a digit run (linear)
        while (end < t.length() && m.region(end, t.length()).lookingAt()) {
            double amount = Double.parseDouble(m.group(1));
            switch (m.group(2)) {
                case "h": total += amount * 3600; break;
                case "m": total += amount * 60; break;
                case "s": total += amount; break;
                case "ms": total += amount / 1000; break;
                default: total += amount / 1_000_000; break;
            }
            end = m.end();
        }
        return end == t.length() && end > 0 ? Optional.of((long) Math.ceil(total)) : Optional.empty();
    }
}
