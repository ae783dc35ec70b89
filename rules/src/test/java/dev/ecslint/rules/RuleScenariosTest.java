package dev.ecslint.rules;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Every scenario under {@code src/test/resources/<kind>/<RULE_ID>/}: its findings must match its
 * {@code # expect:} markers or {@code .expect.yaml} exactly. {@code -Decslint.rules=DF001,DF002} runs
 * only those rules' scenarios while iterating.
 */
class RuleScenariosTest {

    @TestFactory
    Stream<DynamicNode> scenarios() {
        String only = System.getProperty("ecslint.rules", "");
        return BuiltInRules.scenarios().tests(only.isBlank() ? null : java.util.Set.of(only.split(",")));
    }
}
