package dev.ecslint.core.model;

import dev.ecslint.core.i18n.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The secret tests of RULES.md ("secret-like name", "secret-like value", references and placeholders),
 * shared by every rule family that looks at environment variables, and the masking every output uses.
 */
public final class Secrets {

    /** Last component(s) of a name that make it secret-like (joined with {@code _}, lower case). */
    private static final Set<String> SECRET_WORDS = Set.of("password", "passwd", "pwd", "pass", "secret", "token",
            "apikey", "api_key", "access_key", "secret_key", "private_key", "client_secret", "credential",
            "credentials", "auth_token", "session_token", "connection_string", "dsn", "access_key_id");
    private static final List<String> NEUTRAL_SUFFIXES = List.of("file", "path", "arn", "name", "id");

    private static final Pattern AWS_KEY_ID = Pattern.compile("(AKIA|ASIA)[0-9A-Z]{16}");
    private static final Pattern AWS_SECRET = Pattern.compile("(?<![A-Za-z0-9/+=])[A-Za-z0-9/+=]{40}(?![A-Za-z0-9/+=])");
    private static final Pattern PRIVATE_KEY = Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----");
    private static final Pattern GITHUB_TOKEN = Pattern.compile("gh[pousr]_[A-Za-z0-9]{36,}");
    private static final Pattern SLACK_TOKEN = Pattern.compile("xox[abpr]-[A-Za-z0-9-]{10,}");
    private static final Pattern STRIPE_KEY = Pattern.compile("sk_live_[A-Za-z0-9]{10,}");
    /**
     * Starts only where a run of token characters starts and commits to its first {@code eyJ} (an atomic
     * group): trying every {@code eyJ} inside one long run, each scanning to the run's end, is quadratic.
     * The match may begin a few characters before the token, which masking only widens.
     */
    private static final Pattern JWT = Pattern.compile("(?<![A-Za-z0-9_-])(?>[A-Za-z0-9_-]*?eyJ)[A-Za-z0-9_-]{5,}+"
            + "\\.eyJ[A-Za-z0-9_-]{5,}+\\.[A-Za-z0-9_-]++");
    /** In the order they are tried. */
    private static final List<CredentialFormat> CREDENTIAL_FORMATS = List.of(
            new CredentialFormat(Kind.AWS_ACCESS_KEY_ID, AWS_KEY_ID, List.of("AKIA", "ASIA")),
            new CredentialFormat(Kind.PRIVATE_KEY, PRIVATE_KEY, List.of("-----BEGIN ")),
            new CredentialFormat(Kind.GITHUB_TOKEN, GITHUB_TOKEN, List.of("gh")),
            new CredentialFormat(Kind.SLACK_TOKEN, SLACK_TOKEN, List.of("xox")),
            new CredentialFormat(Kind.STRIPE_KEY, STRIPE_KEY, List.of("sk_live_")),
            new CredentialFormat(Kind.JWT, JWT, List.of(".eyJ")));
    private static final Pattern SECRET_ARN = Pattern.compile("arn:aws[a-z-]*:(secretsmanager|ssm|kms):.*");
    private static final Set<String> SWITCHES = Set.of("true", "false", "yes", "no", "on", "off");

    private Secrets() {
    }

    /** Whether an environment variable or build argument name suggests it holds a secret. */
    public static boolean isSecretLikeName(String name, LintSettings settings) {
        for (String allowed : settings.allowSecretNames()) {
            if (allowed.equalsIgnoreCase(name)) {
                return false;
            }
        }
        for (Pattern extra : settings.extraSecretNames()) {
            if (BoundedMatch.matches(extra, name)) {
                return true;
            }
        }
        List<String> parts = components(name);
        if (parts.isEmpty()) {
            return false;
        }
        int n = parts.size();
        if (n >= 3 && String.join("_", parts.subList(n - 3, n)).equals("access_key_id")) {
            return true;
        }
        if (NEUTRAL_SUFFIXES.contains(parts.get(n - 1))) {
            return false;
        }
        if (SECRET_WORDS.contains(parts.get(n - 1))) {
            return true;
        }
        return n >= 2 && SECRET_WORDS.contains(parts.get(n - 2) + "_" + parts.get(n - 1));
    }

    private static List<String> components(String name) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= name.length(); i++) {
            char c = i < name.length() ? name.charAt(i) : '_';
            boolean separator = c == '_' || c == '.' || c == '-';
            if (separator || i > start && isCamelBoundary(name.charAt(i - 1), c)) {
                if (i > start) {
                    parts.add(name.substring(start, i).toLowerCase(Locale.ROOT));
                }
                start = separator ? i + 1 : i;
            }
        }
        return parts;
    }

    /** {@code dbPassword}, {@code s3Key}: a lower-case letter or digit, then an upper-case letter (ASCII). */
    private static boolean isCamelBoundary(char before, char c) {
        return c >= 'A' && c <= 'Z' && (before >= 'a' && before <= 'z' || before >= '0' && before <= '9');
    }

    /**
     * A credential format and the literals of which every match contains one: most text holds none, and
     * {@code String.contains} rules it out far faster than a regex search (each finding's line is searched).
     */
    private record CredentialFormat(Kind kind, Pattern pattern, List<String> literals) {
        boolean mayOccurIn(String text) {
            for (String literal : literals) {
                if (text.contains(literal)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** What a hard-coded secret was recognised as; its {@link #phrase()} names it in a message. */
    public enum Kind {
        AWS_ACCESS_KEY_ID("awsAccessKeyId", "an AWS access key id"),
        PRIVATE_KEY("privateKey", "a private key"),
        GITHUB_TOKEN("githubToken", "a GitHub token"),
        SLACK_TOKEN("slackToken", "a Slack token"),
        STRIPE_KEY("stripeKey", "a Stripe live key"),
        JWT("jwt", "a JSON Web Token"),
        URL_PASSWORD("urlPassword", "a URL with an embedded password"),
        AWS_SECRET_ACCESS_KEY("awsSecretAccessKey", "an AWS secret access key"),
        /** A literal value under a secret-like name. */
        LITERAL_SECRET("literal", "a literal secret");

        private final String key;
        private final String english;

        Kind(String key, String english) {
            this.key = key;
            this.english = english;
        }

        /** The kind as a phrase of the run's language ({@code secret.awsAccessKeyId}). */
        public Message phrase() {
            return Message.of("secret." + key);
        }

        /** @deprecated for rules that still report English sentences; use {@link #phrase()} */
        @Deprecated
        public String english() {
            return english;
        }
    }

    /**
     * The kind of credential a value looks like (an AWS access key id, …) when it matches a known
     * format; {@code name} lets a 40-character AWS secret key be recognised next to an aws-ish name.
     */
    public static Optional<Kind> credentialFormat(String name, String value) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        for (CredentialFormat format : CREDENTIAL_FORMATS) {
            if (format.mayOccurIn(value) && format.pattern().matcher(value).find()) {
                return Optional.of(format.kind());
            }
        }
        for (int[] password : UrlCredentials.passwords(value)) {
            if (!isReference(value.substring(password[0], password[1]))) {
                return Optional.of(Kind.URL_PASSWORD);
            }
        }
        if (name != null && name.toLowerCase(Locale.ROOT).contains("aws") && AWS_SECRET.matcher(value).find()
                && value.chars().anyMatch(Character::isDigit) && value.chars().anyMatch(Character::isUpperCase)) {
            return Optional.of(Kind.AWS_SECRET_ACCESS_KEY);
        }
        return Optional.empty();
    }

    /**
     * @deprecated English text; use {@link #credentialFormat}, whose {@link Kind#phrase()} names the kind in
     * the run's language
     */
    @Deprecated
    public static Optional<String> secretLikeValue(String name, String value) {
        return credentialFormat(name, value).map(Kind::english);
    }

    /**
     * True when a value is not a hard-coded secret: empty, a variable reference, a Secrets Manager / SSM
     * ARN, a template placeholder, or the path of a file that holds the secret ({@code /run/secrets/db}, where
     * compose and Docker mount secrets).
     */
    public static boolean isReference(String value) {
        if (value == null) {
            return true;
        }
        String v = value.trim();
        return v.isEmpty() || Placeholders.isWholeReference(v) || SECRET_ARN.matcher(v).matches() || isFilePath(v);
    }

    /** An absolute path of two or more segments, without spaces: {@code /run/secrets/db_password}. */
    private static boolean isFilePath(String v) {
        if (!v.startsWith("/") || v.indexOf('/', 1) < 0 || v.endsWith("/")) {
            return false;
        }
        return v.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '/' || c == '.' || c == '_' || c == '-');
    }

    /**
     * What makes an assignment {@code name=value} a hard-coded secret, or empty when it is not one: a
     * secret-like value anywhere, or a secret-like name with a literal value.
     */
    public static Optional<Kind> hardCodedSecretKind(String name, String value, LintSettings settings) {
        if (isReference(value)) {
            return Optional.empty();
        }
        Optional<Kind> format = credentialFormat(name, value);
        if (format.isPresent()) {
            return format;
        }
        if (SWITCHES.contains(value.trim().toLowerCase(Locale.ROOT))) {
            return Optional.empty(); // a switch about a secret, not one: MYSQL_ALLOW_EMPTY_PASSWORD=yes
        }
        return isSecretLikeName(name, settings) ? Optional.of(Kind.LITERAL_SECRET) : Optional.empty();
    }

    /**
     * @deprecated English text for rules that still report sentences; use {@link #hardCodedSecretKind}
     */
    @Deprecated
    public static Optional<String> hardCodedSecret(String name, String value, LintSettings settings) {
        return hardCodedSecretKind(name, value, settings).map(Kind::english);
    }

    /**
     * A source line as reports may quote it: every credential of a known format on it, every value given
     * to a secret-like name ({@code DB_PASSWORD=…}, the ECS {@code name}/{@code value} pair), and every
     * region {@code [start, end)} a finding marked as secret keeps its first two characters and the rest
     * becomes {@code *}. The length is kept, so that the columns of every finding on the line stay right.
     * Linear in the line's length, whatever it holds (a minified file is one line).
     *
     * @param secretRegions pairs of 0-based start and exclusive end indexes
     */
    public static String maskLine(String line, List<int[]> secretRegions) {
        return maskLine(line, secretRegions, LintSettings.DEFAULT);
    }

    /** {@link #maskLine(String, List)} with the configuration's secret names. */
    public static String maskLine(String line, List<int[]> secretRegions, LintSettings settings) {
        char[] text = line.toCharArray();
        List<int[]> regions = new ArrayList<>();
        for (int[] region : secretRegions) {
            int start = Math.max(0, region[0]);
            int end = Math.min(text.length, region[1]);
            boolean quoted = end - start >= 2 && (text[start] == '"' || text[start] == '\'') && text[end - 1] == text[start];
            regions.add(quoted ? new int[] {start + 1, end - 1} : new int[] {start, end});
        }
        for (CredentialFormat format : CREDENTIAL_FORMATS) {
            if (!format.mayOccurIn(line)) {
                continue;
            }
            var m = format.pattern().matcher(line);
            while (m.find()) {
                regions.add(new int[] {m.start(), m.end()});
            }
        }
        for (int[] password : UrlCredentials.passwords(line)) {
            if (!isReference(line.substring(password[0], password[1]))) {
                regions.add(password);
            }
        }
        regions.addAll(SecretAssignments.values(line, settings));
        starOut(text, regions);
        return new String(text);
    }

    /**
     * Stars every region past its first two characters: the union of the intervals {@code [start + 2, end)},
     * each character once (sorted, then swept), however many regions overlap.
     */
    private static void starOut(char[] text, List<int[]> regions) {
        regions.sort((a, b) -> Integer.compare(a[0], b[0]));
        int starredTo = 0;
        for (int[] region : regions) {
            int end = Math.min(text.length, region[1]);
            for (int i = Math.max(region[0] + 2, starredTo); i < end; i++) {
                text[i] = '*';
            }
            starredTo = Math.max(starredTo, end);
        }
    }

    /** Never print a secret: at most its first two characters, then {@code ***}. */
    public static String mask(String value) {
        if (value == null || value.isEmpty()) {
            return "***";
        }
        int keep = value.length() <= 4 ? 0 : 2;
        return value.substring(0, keep) + "***";
    }
}
