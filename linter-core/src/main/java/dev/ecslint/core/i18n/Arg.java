package dev.ecslint.core.i18n;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A typed argument of a {@link Message}. The type decides how it is written in every language: code is
 * quoted and never translated, a number is written with digits, a phrase is itself translated.
 */
public sealed interface Arg {

    /** Code, a field path, an identifier or a command from the user's file: {@code `value`} in every language. */
    record Code(String value) implements Arg {
        public Code {
            Objects.requireNonNull(value, "value");
        }
    }

    /** Several pieces of code, listed: {@code `a`, `b`}. */
    record CodeList(List<String> values) implements Arg {
        public CodeList {
            values = List.copyOf(values);
        }
    }

    /** A number, written with digits and a point ({@code 0.25}, {@code 8080}); never grouped. */
    record Num(BigDecimal value) implements Arg {
        public Num {
            Objects.requireNonNull(value, "value");
        }

        public boolean isOne() {
            return value.compareTo(BigDecimal.ONE) == 0;
        }
    }

    /** Text from outside ecslint that has no translation (a library's error, a proper name), as it is. */
    record Verbatim(String value) implements Arg {
        public Verbatim {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A secret as it may be shown: already masked ({@code my***}). A finding whose message carries one
     * has its source region masked in code frames and fingerprints too.
     */
    record Secret(String masked) implements Arg {
        public Secret {
            Objects.requireNonNull(masked, "masked");
        }
    }

    /** Several translatable phrases, listed with commas ("1 dockerfile, 2 task-definition"). */
    record Phrases(List<Message> messages) implements Arg {
        public Phrases {
            messages = List.copyOf(messages);
        }
    }

    /** A translatable phrase inside the message ("container `app`", "untagged images"). */
    record Phrase(Message message) implements Arg {
        public Phrase {
            Objects.requireNonNull(message, "message");
        }
    }
}
