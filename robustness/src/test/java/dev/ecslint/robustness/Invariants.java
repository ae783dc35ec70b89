package dev.ecslint.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;

/**
 * What every fuzz target holds its reader to, besides throwing nothing but its own parse error type:
 * the memory one input may cost is bounded by its size. Time is bounded by the module's JUnit timeout for
 * each invocation (60 s, see its pom), which Jazzer turns into libFuzzer's per-input timeout.
 */
final class Invariants {

    /** A fixed allowance (a schema's first validation, a rule set) plus a multiple of the input. */
    private static final long FIXED_BYTES = 64L * 1024 * 1024;
    private static final long BYTES_PER_INPUT_BYTE = 20_000;
    /**
     * While fuzzing, Jazzer's bug detectors instrument every class and their hooks allocate on their own: alias
     * bombs that cost under 73 MB uninstrumented cost 282–850 MB instrumented. Then only a coarse ceiling
     * catches a real explosion; the exact bound holds in the default build, which replays every seed and
     * every input fuzzing wrote.
     */
    private static final boolean INSTRUMENTED = Boolean.getBoolean("jazzer.hooks");
    private static final long INSTRUMENTED_CEILING = 2L * 1024 * 1024 * 1024;

    private Invariants() {
    }

    /** The fuzzer's bytes as text: malformed UTF-8 becomes replacement characters, as a decoder would. */
    static String text(byte[] input) {
        return new String(input, StandardCharsets.UTF_8);
    }

    /**
     * Runs {@code read} twice and fails when the second run allocated more than the input allows: the
     * first pays for loading (and, while fuzzing, instrumenting) the classes the input reaches.
     */
    static void boundedAllocation(byte[] input, ThrowingRunnable read) throws Exception {
        read.run();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        read.run();
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(allocated).as("bytes allocated for an input of %d bytes", input.length)
                .isLessThan(INSTRUMENTED ? INSTRUMENTED_CEILING : FIXED_BYTES + BYTES_PER_INPUT_BYTE * input.length);
    }

    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
