package dev.ecslint.robustness;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.ecslint.core.config.ConfigException;
import dev.ecslint.core.config.ConfigLoader;
import dev.ecslint.core.engine.RuleRegistry;
import java.nio.file.Path;

/** {@code .ecslint.yaml}: a ConfigException naming file and line, or a configuration. */
class ConfigFuzzTest {

    private static final ConfigLoader LOADER = new ConfigLoader(RuleRegistry.load(ConfigFuzzTest.class.getClassLoader()));

    @FuzzTest
    void parse(byte[] input) throws Exception {
        Invariants.boundedAllocation(input, () -> {
            try {
                LOADER.parse(Path.of(".ecslint.yaml"), Invariants.text(input));
            } catch (ConfigException expected) {
                // the loader's own error
            }
        });
    }
}
