package dev.ecslint.rules.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The literal scans before two rules' patterns skip only words the patterns cannot match. */
class PatternPrefiltersTest {

    private static final List<String> WORDS = List.of("gpgcheck=0", "GPGCHECK = false", "--setopt=gpgcheck=no",
            "Acquire::AllowUnauthenticated=true", "APT::Get::AllowInsecureRepositories=1", "[ trusted=yes ]",
            "deb [trusted=yes] file:/repo ./", "http.sslVerify=false", "GIT_SSLVERIFY=0", "x;sslverify = no;y",
            "sslverify=true", "gpgcheck=1", "trusted", "curl", "-fsSL", "https://example.com", "",
            "ſslverify=false", "sslverİfy=0", "gpgchec\u212A=0", "ГПГcheck=0");

    @Test
    void theTlsScanPassesEveryWordThePatternMatches() {
        for (String word : WORDS) {
            if (TlsVerificationDisabledRule.SSL_VERIFY_OFF.matcher(word).matches()) {
                assertThat(TlsVerificationDisabledRule.mentionsSslVerify(word)).as(word).isTrue();
            }
        }
        assertThat(TlsVerificationDisabledRule.mentionsSslVerify("http.SslVerify=false")).isTrue();
        assertThat(TlsVerificationDisabledRule.mentionsSslVerify("--insecure")).isFalse();
    }

    @Test
    void theSignatureScanKeepsWhatThePatternFinds() {
        for (String word : WORDS) {
            boolean found = SignatureCheckDisabledRule.DISABLING_SETTING.matcher(word).find()
                    && !(word.toLowerCase().contains("trusted=yes") && word.toLowerCase().contains("file:/"));
            Optional<String> by = SignatureCheckDisabledRule.disabledBy(word, false);
            assertThat(by.isPresent()).as(word).isEqualTo(found);
        }
        assertThat(SignatureCheckDisabledRule.disabledBy("GPGCHECK = false", false)).contains("GPGCHECK = false");
        assertThat(SignatureCheckDisabledRule.disabledBy("--nogpgcheck", true)).contains("--nogpgcheck");
    }
}
