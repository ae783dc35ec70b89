package dev.ecslint.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class UrlCredentialsTest {

    /** The regular expression the scanner replaces: it must find exactly the same passwords. */
    private static final Pattern FORMER = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://[^:/@\\s]+:([^@/\\s]+)@");

    @Test
    void findsWhatTheFormerPatternFoundOnRandomText() {
        Random random = new Random(17);
        String alphabet = "ab1:/@ .+-\t";
        for (int run = 0; run < 20_000; run++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.append(random.nextInt(4) == 0 ? "://" : String.valueOf(alphabet.charAt(random.nextInt(alphabet.length()))));
            }
            assertThat(spans(UrlCredentials.passwords(text.toString()))).as(text.toString())
                    .isEqualTo(formerSpans(text.toString()));
        }
    }

    @Test
    void findsPasswordsInUrls() {
        String line = "DB=postgres://app:s3cr3t@db:5432/x MQ=amqp://u:p@mq/ NOT=http://host/a:b@c";
        assertThat(UrlCredentials.passwords(line)).extracting(s -> line.substring(s[0], s[1]))
                .containsExactly("s3cr3t", "p");
        assertThat(UrlCredentials.passwords("https://example.com/path")).isEmpty();
        assertThat(UrlCredentials.passwords("1://u:p@h")).isEmpty();
    }

    private static List<String> formerSpans(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = FORMER.matcher(text);
        while (m.find()) {
            found.add(m.start(1) + "-" + m.end(1));
        }
        return found;
    }

    private static List<String> spans(List<int[]> spans) {
        return spans.stream().map(s -> s[0] + "-" + s[1]).toList();
    }
}
