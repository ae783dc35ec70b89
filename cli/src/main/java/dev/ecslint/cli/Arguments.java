package dev.ecslint.cli;

import dev.ecslint.core.engine.Levenshtein;
import dev.ecslint.core.i18n.Localizer;
import dev.ecslint.core.i18n.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A small GNU-style argument parser: long options as {@code --name=value} or {@code --name value},
 * short aliases, repeatable options, {@code --} to end options, and {@code -} as a positional (standard
 * input). No reflection and no framework, so the CLI starts fast (DESIGN.md, budgets).
 */
final class Arguments {

    /** An option the CLI understands; {@code help} is written in the run's language. */
    record Option(String name, Character shortName, String valueName, boolean repeatable, Message help) {
        boolean takesValue() {
            return valueName != null;
        }
    }

    /** A command line that cannot be understood: exit code 2 with usage. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Message message;

        UsageException(Message message) {
            super(message.key(), null, false, false);
            this.message = message;
        }

        Message message() {
            return message;
        }
    }

    private final Map<String, List<String>> values = new TreeMap<>();
    private final List<String> positionals = new ArrayList<>();

    private Arguments() {
    }

    static Arguments parse(String[] args, List<Option> options) throws UsageException {
        Arguments parsed = new Arguments();
        boolean optionsEnded = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (optionsEnded || arg.equals("-") || !arg.startsWith("-")) {
                parsed.positionals.add(arg);
                continue;
            }
            if (arg.equals("--")) {
                optionsEnded = true;
                continue;
            }
            String name;
            String inlineValue = null;
            Option option;
            if (arg.startsWith("--")) {
                int eq = arg.indexOf('=');
                name = eq > 0 ? arg.substring(2, eq) : arg.substring(2);
                inlineValue = eq > 0 ? arg.substring(eq + 1) : null;
                option = find(options, name);
            } else {
                if (arg.length() != 2) {
                    throw new UsageException(Message.of("cli.unknownShortOption").code("option", arg));
                }
                option = options.stream().filter(o -> o.shortName() != null && o.shortName() == arg.charAt(1))
                        .findFirst().orElse(null);
                name = option == null ? arg : option.name();
            }
            if (option == null) {
                throw new UsageException(suggestion(arg, options)
                        .map(best -> Message.of("cli.unknownOptionSuggested").code("suggestion", "--" + best))
                        .orElse(Message.of("cli.unknownOption")).code("option", arg));
            }
            String value = null;
            if (option.takesValue()) {
                if (inlineValue != null) {
                    value = inlineValue;
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    throw new UsageException(Message.of("cli.needsValue").code("option", "--" + option.name())
                            .code("example", "--" + option.name() + " " + option.valueName()));
                }
            } else if (inlineValue != null) {
                throw new UsageException(Message.of("cli.takesNoValue").code("option", "--" + option.name()));
            }
            List<String> list = parsed.values.computeIfAbsent(option.name(), k -> new ArrayList<>());
            if (!list.isEmpty() && !option.repeatable()) {
                throw new UsageException(Message.of("cli.givenTwice").code("option", "--" + option.name()));
            }
            list.add(value == null ? "" : value);
        }
        return parsed;
    }

    private static Option find(List<Option> options, String name) {
        return options.stream().filter(o -> o.name().equals(name)).findFirst().orElse(null);
    }

    /** The option a mistyped one was probably meant to be. */
    private static Optional<String> suggestion(String arg, List<Option> options) {
        String bare = arg.replaceFirst("^-+", "").replaceFirst("=.*$", "");
        List<String> names = options.stream().map(Option::name).toList();
        return Levenshtein.closest(bare, names, 2);
    }

    /** The options and their help, aligned in columns of {@code width}, in the language of {@code texts}. */
    static String describe(List<Option> options, int width, Localizer texts) {
        StringBuilder text = new StringBuilder();
        for (Option o : options) {
            String names = (o.shortName() != null ? "-" + o.shortName() + ", " : "    ") + "--" + o.name()
                    + (o.takesValue() ? " " + o.valueName() : "");
            text.append("  ").append(String.format("%-" + width + "s", names)).append(' ')
                    .append(texts.render(o.help())).append('\n');
        }
        return text.toString();
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    String value(String name) {
        List<String> list = values.get(name);
        return list == null ? null : list.get(list.size() - 1);
    }

    List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    List<String> positionals() {
        return positionals;
    }
}
