package dev.ecslint.core.aws;

import dev.ecslint.core.json.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads ECS cpu and memory amounts. The API takes task-level {@code cpu}/{@code memory} as strings:
 * CPU units ({@code "1024"}) or vCPUs ({@code "1 vCPU"}), MiB ({@code "2048"}) or GB ({@code "2 GB"})
 * (ECS developer guide, "Task definition parameters", Task size). Container-level values are integers;
 * CloudFormation and Terraform also write them as numbers or numeric strings.
 */
public final class Sizes {

    /** 1 vCPU = 1024 CPU units. */
    public static final int UNITS_PER_VCPU = 1024;
    public static final int MIB_PER_GB = 1024;

    private static final Pattern AMOUNT = Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*([A-Za-z]*)\\s*");

    private Sizes() {
    }

    /** CPU units from {@code 256}, {@code "256"}, {@code "0.25 vCPU"}; empty when not an amount. */
    public static Optional<Integer> cpuUnits(String text) {
        return amount(text).flatMap(a -> {
            switch (a.unit) {
                case "":
                case "unit":
                case "units":
                    return whole(a.number);
                case "vcpu":
                case "vcpus":
                    return whole(a.number.multiply(BigDecimal.valueOf(UNITS_PER_VCPU)));
                default:
                    return Optional.empty();
            }
        });
    }

    /** MiB from {@code 512}, {@code "512"}, {@code "512 MiB"}, {@code "2 GB"}; empty when not an amount. */
    public static Optional<Integer> memoryMiB(String text) {
        return amount(text).flatMap(a -> {
            switch (a.unit) {
                case "":
                case "m":
                case "mb":
                case "mib":
                    return whole(a.number);
                case "g":
                case "gb":
                case "gib":
                    return whole(a.number.multiply(BigDecimal.valueOf(MIB_PER_GB)));
                default:
                    return Optional.empty();
            }
        });
    }

    /** The CPU amount a node holds; the value is {@code null} when it is unresolved or not an amount. */
    public static Sourced<Integer> cpuUnits(JsonValue node) {
        return read(node, cpuUnits(scalarText(node)));
    }

    /** The memory amount a node holds in MiB; the value is {@code null} when unresolved or not an amount. */
    public static Sourced<Integer> memoryMiB(JsonValue node) {
        return read(node, memoryMiB(scalarText(node)));
    }

    /** A plain whole number (a port, a count, seconds) from a number or a numeric string. */
    public static Sourced<Integer> integer(JsonValue node) {
        String text = scalarText(node);
        Optional<Integer> value = text != null && text.trim().matches("-?\\d{1,9}")
                ? Optional.of(Integer.parseInt(text.trim())) : Optional.empty();
        return read(node, value);
    }

    private static Sourced<Integer> read(JsonValue node, Optional<Integer> value) {
        Sourced<Integer> sourced = Sourced.of(value.orElse(null), node);
        return sourced.unresolved() ? Sourced.unknown(node) : sourced;
    }

    private static String scalarText(JsonValue node) {
        return node instanceof JsonValue.JsonString || node instanceof JsonValue.JsonNumber ? node.text() : null;
    }

    private static Optional<Amount> amount(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = AMOUNT.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Amount(new BigDecimal(m.group(1)), m.group(2).toLowerCase(Locale.ROOT)));
    }

    private static Optional<Integer> whole(BigDecimal number) {
        BigDecimal rounded = number.setScale(0, RoundingMode.DOWN);
        if (rounded.compareTo(number) != 0 || rounded.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            return Optional.empty();
        }
        return Optional.of(rounded.intValueExact());
    }

    private record Amount(BigDecimal number, String unit) { }
}
