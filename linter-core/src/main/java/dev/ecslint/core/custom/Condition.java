package dev.ecslint.core.custom;

import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonArray;
import dev.ecslint.core.json.JsonValue.JsonNumber;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.json.JsonValue.JsonString;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One test of a selected value, written in a custom rule's {@code then} or {@code when}:
 * {@code equals}, {@code notEquals}, {@code in}, {@code notIn}, {@code matches}, {@code notMatches},
 * {@code min} or {@code max}. Scalars compare by value: numbers numerically whether written as numbers or
 * as numeric strings (CloudFormation and ECS accept {@code "512"} for {@code 512}), everything else by its
 * text. An object or array is never equal to, in, matched by or counted as a number; it always satisfies
 * the negative tests. An unknown value (placeholder, intrinsic) is never judged.
 */
record Condition(Operator operator, List<JsonValue> operands, SafeRegex regex, BigDecimal bound) {

    /** The tests and their keys in YAML. */
    enum Operator {
        EQUALS("equals", false), NOT_EQUALS("notEquals", true), IN("in", false), NOT_IN("notIn", true),
        MATCHES("matches", false), NOT_MATCHES("notMatches", true), MIN("min", false), MAX("max", false);

        final String key;
        /** A negative test holds for a value that is not comparable at all. */
        final boolean negative;

        Operator(String key, boolean negative) {
            this.key = key;
            this.negative = negative;
        }

        static Optional<Operator> byKey(String key) {
            for (Operator o : values()) {
                if (o.key.equals(key)) {
                    return Optional.of(o);
                }
            }
            return Optional.empty();
        }
    }

    /** The verdict on one value. */
    enum Outcome {
        PASS, FAIL, UNKNOWN,
        /** The regular expression gave up on the value ({@link SafeRegex#STEP_BUDGET}). */
        TOO_COMPLEX
    }

    public Condition {
        operands = List.copyOf(operands);
    }

    static Condition comparing(Operator operator, List<JsonValue> operands) {
        return new Condition(operator, operands, null, null);
    }

    static Condition matching(Operator operator, SafeRegex regex) {
        return new Condition(operator, List.of(), regex, null);
    }

    static Condition bounded(Operator operator, BigDecimal bound) {
        return new Condition(operator, List.of(), null, bound);
    }

    Outcome test(JsonValue value) {
        if (UnknownValues.isUnknown(value)) {
            return Outcome.UNKNOWN;
        }
        boolean scalar = !(value instanceof JsonObject) && !(value instanceof JsonArray);
        if (!scalar) {
            return operator.negative ? Outcome.PASS : Outcome.FAIL;
        }
        switch (operator) {
            case EQUALS:
            case IN:
                return verdict(operands.stream().anyMatch(o -> sameScalar(value, o)));
            case NOT_EQUALS:
            case NOT_IN:
                return verdict(operands.stream().noneMatch(o -> sameScalar(value, o)));
            case MATCHES:
            case NOT_MATCHES: {
                Optional<Boolean> found = regex.find(value.text());
                if (found.isEmpty()) {
                    return Outcome.TOO_COMPLEX;
                }
                return verdict(found.get() != (operator == Operator.NOT_MATCHES));
            }
            case MIN:
                return verdict(number(value).map(n -> n.compareTo(bound) >= 0).orElse(false));
            case MAX:
                return verdict(number(value).map(n -> n.compareTo(bound) <= 0).orElse(false));
            default:
                throw new IllegalStateException(operator.toString());
        }
    }

    private static Outcome verdict(boolean holds) {
        return holds ? Outcome.PASS : Outcome.FAIL;
    }

    /** Equal as scalars: numerically when both read as numbers, else by text. */
    static boolean sameScalar(JsonValue a, JsonValue b) {
        Optional<BigDecimal> x = number(a);
        Optional<BigDecimal> y = number(b);
        if (x.isPresent() && y.isPresent()) {
            return x.get().compareTo(y.get()) == 0;
        }
        return a.getClass() != JsonValue.JsonNull.class && b.getClass() != JsonValue.JsonNull.class
                && a.text().equals(b.text());
    }

    /** A number, or a string that is one ({@code "512"}); empty otherwise. */
    static Optional<BigDecimal> number(JsonValue value) {
        if (value instanceof JsonNumber n) {
            return n.decimal();
        }
        if (value instanceof JsonString s && !s.value().isBlank() && s.value().length() < 40) {
            try {
                return Optional.of(new BigDecimal(s.value().trim()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The operand as people read it: {@code 8080}, {@code EC2, FARGATE}, {@code ^lab3-}, {@code 512}. */
    String operandText() {
        switch (operator) {
            case IN:
            case NOT_IN:
                return operands.stream().map(JsonValue::text).collect(Collectors.joining(", "));
            case MATCHES:
            case NOT_MATCHES:
                return regex.text();
            case MIN:
            case MAX:
                return bound.toPlainString();
            default:
                return operands.get(0).text();
        }
    }
}
