package dev.ecslint.core.i18n;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Korean particles whose form depends on the sound the word before them ends in: 을/를, 이/가, 은/는,
 * 과/와, 으로/로 and the copula's forms. A template writes the pair after a placeholder
 * ({@code {image}을/를}); the renderer keeps the form that fits the value it wrote there.
 *
 * <p>The final sound of a value is read from its last letter or digit, the way a Korean reader says it:
 * a Hangul syllable by its final consonant (받침); digits as Sino-Korean numbers ({@code 8080} is
 * 팔천팔십, ending in ㅂ; {@code 7} is 칠, ending in ㄹ); a short all-capital acronym or a letter alone by the
 * letters' names ({@code IAM} ends in 엠, {@code ECS} in 에스, {@code `b`} in 비); other Latin words by how
 * they are borrowed ({@code app} 앱, {@code main} 메인, {@code role} 롤, {@code root} 루트). Quotes,
 * backticks, brackets and other punctuation after the word are skipped, and so is a parenthetical
 * ({@code 토큰(JWT)} ends in 큰). When nothing tells (no letter or digit at all), both forms are written:
 * {@code 을(를)}.
 */
public final class KoreanParticles {

    /** How a word ends, as far as particles care. */
    public enum Ending {
        /** A vowel: 를, 가, 는, 와, 로. */
        VOWEL,
        /** The consonant ㄹ: 을, 이, 은, 과 — but 로, like a vowel. */
        RIEUL,
        /** Any other final consonant: 을, 이, 은, 과, 으로. */
        CONSONANT,
        /** Not known: both forms are written. */
        UNKNOWN
    }

    /** A particle pair: the form after a consonant, the form after a vowel. */
    record Pair(String afterConsonant, String afterVowel) {

        String choose(Ending ending) {
            switch (ending) {
                case VOWEL:
                    return afterVowel;
                case RIEUL:
                    return afterConsonant.startsWith("으") ? afterVowel : afterConsonant;
                case CONSONANT:
                    return afterConsonant;
                default:
                    return bothForms();
            }
        }

        private String bothForms() {
            // 을(를), 이(가), (으)로, (이)라는: the optional part in parentheses
            if (afterConsonant.endsWith(afterVowel)) {
                return "(" + afterConsonant.substring(0, afterConsonant.length() - afterVowel.length()) + ")"
                        + afterVowel;
            }
            return afterConsonant + "(" + afterVowel + ")";
        }
    }

    /** Every pair a template may write, longest first so that {@code 으로/로} is not read as {@code 으…}. */
    private static final Map<String, Pair> PAIRS = new LinkedHashMap<>();

    static {
        pair("이라는", "라는");
        pair("이어야", "여야");
        pair("이라도", "라도");
        pair("이라면", "라면");
        pair("이라고", "라고");
        pair("으로", "로");
        pair("이나", "나");
        pair("이며", "며");
        pair("이고", "고");
        pair("이면", "면");
        pair("이다", "다");
        pair("을", "를");
        pair("이", "가");
        pair("은", "는");
        pair("과", "와");
    }

    private static void pair(String afterConsonant, String afterVowel) {
        Pair p = new Pair(afterConsonant, afterVowel);
        PAIRS.put(afterConsonant + "/" + afterVowel, p);
        PAIRS.put(afterVowel + "/" + afterConsonant, p);
    }

    private KoreanParticles() {
    }

    /** The particle pair written at the start of {@code text} ({@code 을/를 확인하세요}), and its length. */
    static Optional<Map.Entry<String, Pair>> pairAt(String text, int from) {
        for (Map.Entry<String, Pair> entry : PAIRS.entrySet()) {
            if (text.startsWith(entry.getKey(), from)) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    /** A particle pair as written in a text, and the form of it that follows a value. */
    public record Particle(String form, int pairLength) { }

    /**
     * The particle pair written at {@code from} in {@code text} ({@code 을/를 확인하세요}), reduced to the
     * form that follows {@code value}; empty when no pair starts there. For texts that fill their own
     * placeholders (the grader's labels); message templates get this from {@link Template}.
     */
    public static Optional<Particle> pairAfter(String value, String text, int from) {
        return pairAt(text, from).map(e -> new Particle(e.getValue().choose(ending(value)), e.getKey().length()));
    }

    /** The form of the pair {@code pair} ({@code "을/를"}, {@code "으로/로"}, …) that follows {@code word}. */
    public static String after(String word, String pair) {
        Pair p = PAIRS.get(pair);
        if (p == null) {
            throw new IllegalArgumentException("not a particle pair: " + pair);
        }
        return p.choose(ending(word));
    }

    /** How {@code text} ends when read aloud in Korean. */
    public static Ending ending(String text) {
        int end = text.length();
        while (end > 0 && !isWordChar(text.charAt(end - 1))) {
            // a parenthetical after a word does not count: 토큰(JWT)이, 키(ARN)를
            int open = text.charAt(end - 1) == ')' ? text.lastIndexOf('(', end - 1) : -1;
            end = open > 0 ? open : end - 1;
        }
        if (end == 0) {
            return Ending.UNKNOWN;
        }
        char last = text.charAt(end - 1);
        if (last >= '\uAC00' && last <= '\uD7A3') {
            int finalConsonant = (last - '\uAC00') % 28;
            return finalConsonant == 0 ? Ending.VOWEL : finalConsonant == 8 ? Ending.RIEUL : Ending.CONSONANT;
        }
        if (last >= '0' && last <= '9') {
            return numberEnding(text.substring(0, end));
        }
        int start = end;
        while (start > 0 && isAsciiLetter(text.charAt(start - 1))) {
            start--;
        }
        String word = text.substring(start, end);
        if (word.isEmpty()) {
            return Ending.UNKNOWN;
        }
        boolean acronym = word.length() == 1 || word.length() <= 4 && word.equals(word.toUpperCase(Locale.ROOT))
                && (start == 0 || !Character.isLowerCase(text.charAt(start - 1)));
        return acronym ? letterNameEnding(word.charAt(word.length() - 1)) : wordEnding(word.toLowerCase(Locale.ROOT));
    }

    private static boolean isWordChar(char c) {
        return isAsciiLetter(c) || c >= '0' && c <= '9' || c >= '\uAC00' && c <= '\uD7A3';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /**
     * A number read in Sino-Korean: by its last digit (일, 이, 삼, …), or, when it ends in zeros, by the
     * power of ten they make (십 ㅂ, 백 ㄱ, 천 ㄴ, 만 ㄴ up to 천만, 억 ㄱ up to 천억, 조). Digits after a
     * decimal point are read one by one.
     */
    private static Ending numberEnding(String text) {
        int start = text.length();
        while (start > 0 && Character.isDigit(text.charAt(start - 1))) {
            start--;
        }
        String digits = text.substring(start);
        boolean fraction = start > 0 && text.charAt(start - 1) == '.';
        int zeros = 0;
        while (zeros < digits.length() && digits.charAt(digits.length() - 1 - zeros) == '0') {
            zeros++;
        }
        if (fraction || zeros == 0 || zeros == digits.length()) {
            return digitEnding(digits.charAt(digits.length() - 1));
        }
        return zeros >= 12 && zeros < 16 ? Ending.VOWEL : Ending.CONSONANT;
    }

    /** 영 공 일 이 삼 사 오 육 칠 팔 구 by their final sounds. */
    private static Ending digitEnding(char digit) {
        switch (digit) {
            case '1':
            case '7':
            case '8':
                return Ending.RIEUL;
            case '0':
            case '3':
            case '6':
                return Ending.CONSONANT;
            default:
                return Ending.VOWEL;
        }
    }

    /** The Korean name of a Latin letter: 엘 and 알 end in ㄹ, 엠 and 엔 in other consonants, the rest in vowels. */
    private static Ending letterNameEnding(char letter) {
        switch (Character.toUpperCase(letter)) {
            case 'L':
            case 'R':
                return Ending.RIEUL;
            case 'M':
            case 'N':
                return Ending.CONSONANT;
            default:
                return Ending.VOWEL;
        }
    }

    /**
     * An English word as Korean borrows it: {@code -l}/{@code -le} end in ㄹ (롤, 파일); {@code -m},
     * {@code -n}, {@code -ng}, {@code -b}, {@code -p}, {@code -ck} in another consonant (앱, 웹, 메인,
     * 스택), and so do a silent {@code e} after a vowel and {@code m}, {@code n} or {@code p} (네임, 라인,
     * 타입) and a final {@code -et}/{@code -it} (서브넷, 리밋) or {@code -at} after a consonant (포맷, 스탯);
     * everything else in a vowel (루트, 로그, 태스크, 서비스, 체크).
     */
    private static Ending wordEnding(String word) {
        int n = word.length();
        char last = word.charAt(n - 1);
        char before = n > 1 ? word.charAt(n - 2) : ' ';
        char third = n > 2 ? word.charAt(n - 3) : ' ';
        if (last == 'l' || last == 'e' && before == 'l' && n > 2) {
            return Ending.RIEUL;
        }
        if (word.endsWith("check")) {
            return Ending.VOWEL; // 체크, 헬스체크: not read like stack (스택)
        }
        boolean consonant = last == 'm' || last == 'n' || last == 'b' || last == 'p'
                || last == 'g' && before == 'n'
                || last == 'k' && before == 'c'
                || last == 'e' && "mnp".indexOf(before) >= 0 && isVowelLetter(third)
                || last == 't' && (before == 'e' || before == 'i') && n > 3
                || last == 't' && before == 'a' && n > 3 && !isVowelLetter(third);
        return consonant ? Ending.CONSONANT : Ending.VOWEL;
    }

    private static boolean isVowelLetter(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }
}
