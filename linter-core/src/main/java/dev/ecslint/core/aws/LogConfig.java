package dev.ecslint.core.aws;

import dev.ecslint.core.model.Located;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A container {@code logConfiguration}.
 *
 * @param options           the driver options by name ({@code awslogs-group}, …)
 * @param optionsUnresolved the options are an unresolved expression: which ones are set is unknown
 * @param secretOptions     names of options filled from secrets ({@code secretOptions}); they need the
 *                          execution role like container secrets
 */
public record LogConfig(Located at, Optional<Sourced<String>> driver, Map<String, Sourced<String>> options,
                        boolean optionsUnresolved, List<Sourced<String>> secretOptions) {

    public LogConfig {
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
        secretOptions = List.copyOf(secretOptions);
    }

    public boolean driverIs(String name) {
        return driver.flatMap(Sourced::known).map(name::equals).orElse(false);
    }

    /** True when the option is set by value or by secret, or might be (the options are unresolved). */
    public boolean mayHaveOption(String name) {
        return optionsUnresolved || options.containsKey(name)
                || secretOptions.stream().anyMatch(s -> s.is(name));
    }
}
