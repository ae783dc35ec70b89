package dev.ecslint.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PeerIdsTest {

    @Test
    void everySpellingOfATrivyIdIsOneId() {
        assertThat(PeerIds.canonical("DS002")).isEqualTo(PeerIds.canonical("DS-0002"))
                .isEqualTo(PeerIds.canonical("AVD-DS-0002")).isEqualTo(PeerIds.canonical("avd-ds-0002"));
        assertThat(PeerIds.canonical("AWS-0036")).isEqualTo(PeerIds.canonical("AVD-AWS-0036"));
        assertThat(PeerIds.canonical("DS002")).isNotEqualTo(PeerIds.canonical("DS020"));
        assertThat(PeerIds.canonical("dl3002")).isEqualTo(PeerIds.canonical("DL3002"));
        assertThat(PeerIds.canonical("ckv_docker_8")).isEqualTo("CKV_DOCKER_8");
    }

    @Test
    void theToolOfAnIdComesFromItsShape() {
        assertThat(PeerIds.toolOf("DL3008")).contains(PeerIds.Tool.HADOLINT);
        assertThat(PeerIds.toolOf("DS031")).contains(PeerIds.Tool.TRIVY);
        assertThat(PeerIds.toolOf("AVD-AWS-0030")).contains(PeerIds.Tool.TRIVY);
        assertThat(PeerIds.toolOf("CKV2_DOCKER_17")).contains(PeerIds.Tool.CHECKOV);
        assertThat(PeerIds.toolOf("fd54f200-402c-4333-a5a4-36ef6709af2f")).contains(PeerIds.Tool.KICS);
        assertThat(PeerIds.toolOf("ECS.12")).contains(PeerIds.Tool.SECURITY_HUB);
        assertThat(PeerIds.toolOf("DL1000")).contains(PeerIds.Tool.HADOLINT);
        assertThat(PeerIds.toolOf("whatever")).isEmpty();
    }
}
