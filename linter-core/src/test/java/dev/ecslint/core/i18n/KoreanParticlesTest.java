package dev.ecslint.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecslint.core.i18n.KoreanParticles.Ending;
import org.junit.jupiter.api.Test;

class KoreanParticlesTest {

    @Test
    void hangulByItsFinalConsonant() {
        assertThat(KoreanParticles.after("컨테이너", "은/는")).isEqualTo("는");
        assertThat(KoreanParticles.after("태스크 정의", "을/를")).isEqualTo("를");
        assertThat(KoreanParticles.after("서비스 역할", "이/가")).isEqualTo("이");
        assertThat(KoreanParticles.after("비밀 값", "과/와")).isEqualTo("과");
        assertThat(KoreanParticles.after("파일", "으로/로")).isEqualTo("로");
        assertThat(KoreanParticles.after("이름", "으로/로")).isEqualTo("으로");
        assertThat(KoreanParticles.after("키", "으로/로")).isEqualTo("로");
    }

    @Test
    void eitherOrderOfAPairMeansTheSame() {
        assertThat(KoreanParticles.after("이름", "를/을")).isEqualTo("을");
        assertThat(KoreanParticles.after("키", "가/이")).isEqualTo("가");
        assertThat(KoreanParticles.after("포트", "로/으로")).isEqualTo("로");
    }

    @Test
    void numbersAsSinoKoreanNumerals() {
        assertThat(KoreanParticles.after("`8080`", "이/가")).as("팔천팔십").isEqualTo("이");
        assertThat(KoreanParticles.after("80", "을/를")).as("팔십").isEqualTo("을");
        assertThat(KoreanParticles.after("443", "을/를")).as("사백사십삼").isEqualTo("을");
        assertThat(KoreanParticles.after("512", "을/를")).as("오백십이").isEqualTo("를");
        assertThat(KoreanParticles.after("1", "으로/로")).as("일").isEqualTo("로");
        assertThat(KoreanParticles.after("7", "이/가")).as("칠").isEqualTo("이");
        assertThat(KoreanParticles.after("100", "이/가")).as("백").isEqualTo("이");
        assertThat(KoreanParticles.after("1000", "으로/로")).as("천").isEqualTo("으로");
        assertThat(KoreanParticles.after("10000", "은/는")).as("만").isEqualTo("은");
        assertThat(KoreanParticles.after("0", "은/는")).as("영").isEqualTo("은");
        assertThat(KoreanParticles.after("0.25", "을/를")).as("영점이오").isEqualTo("를");
        assertThat(KoreanParticles.after("1.0", "을/를")).as("일점영").isEqualTo("을");
        assertThat(KoreanParticles.after("2", "으로/로")).as("이").isEqualTo("로");
    }

    @Test
    void latinWordsAsKoreanBorrowsThem() {
        assertThat(KoreanParticles.after("`app`", "은/는")).as("앱").isEqualTo("은");
        assertThat(KoreanParticles.after("`web`", "을/를")).as("웹").isEqualTo("을");
        assertThat(KoreanParticles.after("`main`", "이/가")).as("메인").isEqualTo("이");
        assertThat(KoreanParticles.after("`root`", "으로/로")).as("루트").isEqualTo("로");
        assertThat(KoreanParticles.after("`nginx:latest`", "을/를")).as("레이티스트").isEqualTo("를");
        assertThat(KoreanParticles.after("`containerDefinitions[0].user`", "이/가")).as("유저").isEqualTo("가");
        assertThat(KoreanParticles.after("`role`", "으로/로")).as("롤").isEqualTo("로");
        assertThat(KoreanParticles.after("`role`", "을/를")).as("롤").isEqualTo("을");
        assertThat(KoreanParticles.after("`name`", "을/를")).as("네임").isEqualTo("을");
        assertThat(KoreanParticles.after("`subnet`", "이/가")).as("서브넷").isEqualTo("이");
        assertThat(KoreanParticles.after("`DB_PASSWORD`", "은/는")).as("패스워드").isEqualTo("는");
        assertThat(KoreanParticles.after("`SYS_ADMIN`", "을/를")).as("어드민").isEqualTo("을");
        assertThat(KoreanParticles.after("`--format`", "을/를")).as("포맷").isEqualTo("을");
        assertThat(KoreanParticles.after("`heartbeat`", "이/가")).as("하트비트").isEqualTo("가");
        assertThat(KoreanParticles.after("`healthCheck`", "이/가")).as("헬스체크").isEqualTo("가");
        assertThat(KoreanParticles.after("`stack`", "이/가")).as("스택").isEqualTo("이");
    }

    @Test
    void shortCapitalsAreSpelledOut() {
        assertThat(KoreanParticles.after("`ALL`", "을/를")).as("에이엘엘").isEqualTo("을");
        assertThat(KoreanParticles.after("`ALL`", "으로/로")).isEqualTo("로");
        assertThat(KoreanParticles.after("IAM", "으로/로")).as("아이에이엠").isEqualTo("으로");
        assertThat(KoreanParticles.after("ECS", "이/가")).as("이시에스").isEqualTo("가");
        assertThat(KoreanParticles.after("JSON", "을/를")).as("제이슨").isEqualTo("을");
        assertThat(KoreanParticles.after("YAML", "과/와")).as("야믈").isEqualTo("과");
    }

    @Test
    void aLetterAloneIsReadByItsName() {
        assertThat(KoreanParticles.after("`b`", "이/가")).as("비").isEqualTo("가");
        assertThat(KoreanParticles.after("`m`", "이/가")).as("엠").isEqualTo("이");
        assertThat(KoreanParticles.after("`var.l`", "을/를")).as("엘").isEqualTo("을");
        assertThat(KoreanParticles.after("`web`", "이/가")).as("웹, not 더블유이비").isEqualTo("이");
    }

    @Test
    void aParentheticalDoesNotCount() {
        assertThat(KoreanParticles.after("JSON 웹 토큰(JWT)", "이/가")).isEqualTo("이");
        assertThat(KoreanParticles.after("`app` 컨테이너(필수)", "은/는")).isEqualTo("는");
    }

    @Test
    void nothingToReadWritesBothForms() {
        assertThat(KoreanParticles.ending("`*`")).isEqualTo(Ending.UNKNOWN);
        assertThat(KoreanParticles.after("`*`", "을/를")).isEqualTo("을(를)");
        assertThat(KoreanParticles.after("`*`", "으로/로")).isEqualTo("(으)로");
        assertThat(KoreanParticles.after("`*`", "이라는/라는")).isEqualTo("(이)라는");
    }
}
