package dev.ecslint.core.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecslint.core.json.LocatedJsonReader;
import dev.ecslint.core.json.ParseProblem;
import org.junit.jupiter.api.Test;

class SizesTest {

    @Test
    void cpuUnitsFromUnitsAndVcpus() {
        assertThat(Sizes.cpuUnits("256")).contains(256);
        assertThat(Sizes.cpuUnits(" 1024 ")).contains(1024);
        assertThat(Sizes.cpuUnits("1 vCPU")).contains(1024);
        assertThat(Sizes.cpuUnits("0.25 vcpu")).contains(256);
        assertThat(Sizes.cpuUnits("2vCPU")).contains(2048);
        assertThat(Sizes.cpuUnits("0.1 vCPU")).isEmpty(); // 102.4 units is not a whole amount
        assertThat(Sizes.cpuUnits("lots")).isEmpty();
        assertThat(Sizes.cpuUnits("1 GB")).isEmpty();
    }

    @Test
    void memoryFromMibAndGb() {
        assertThat(Sizes.memoryMiB("512")).contains(512);
        assertThat(Sizes.memoryMiB("2 GB")).contains(2048);
        assertThat(Sizes.memoryMiB("0.5GB")).contains(512);
        assertThat(Sizes.memoryMiB("3 GiB")).contains(3072);
        assertThat(Sizes.memoryMiB("512 MiB")).contains(512);
        assertThat(Sizes.memoryMiB("2 vCPU")).isEmpty();
        assertThat(Sizes.memoryMiB("")).isEmpty();
    }

    @Test
    void nodesKeepTheirLocationAndTellUnknownFromInvalid() throws ParseProblem {
        var obj = LocatedJsonReader.read("{\"a\": \"2 GB\", \"b\": 1024, \"c\": \"${MEM}\", \"d\": \"huge\", \"e\": {\"Ref\": \"M\"}}")
                .asObject().orElseThrow();
        Sourced<Integer> a = Sizes.memoryMiB(obj.get("a").orElseThrow());
        assertThat(a.value()).isEqualTo(2048);
        assertThat(a.pointer()).isEqualTo("/a");
        assertThat(a.span().column()).isEqualTo(7);
        assertThat(Sizes.memoryMiB(obj.get("b").orElseThrow()).value()).isEqualTo(1024);
        Sourced<Integer> templated = Sizes.memoryMiB(obj.get("c").orElseThrow());
        assertThat(templated.value()).isNull();
        assertThat(templated.unresolved()).isTrue();
        Sourced<Integer> invalid = Sizes.memoryMiB(obj.get("d").orElseThrow());
        assertThat(invalid.value()).isNull();
        assertThat(invalid.unresolved()).isFalse();
        assertThat(Sizes.memoryMiB(obj.get("e").orElseThrow()).unresolved()).isTrue();
    }

    @Test
    void integersFromNumbersAndNumericStrings() throws ParseProblem {
        var obj = LocatedJsonReader.read("{\"a\": 80, \"b\": \"8080\", \"c\": 1.5}").asObject().orElseThrow();
        assertThat(Sizes.integer(obj.get("a").orElseThrow()).value()).isEqualTo(80);
        assertThat(Sizes.integer(obj.get("b").orElseThrow()).value()).isEqualTo(8080);
        assertThat(Sizes.integer(obj.get("c").orElseThrow()).value()).isNull();
    }
}
