package dev.ecslint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecslint.core.i18n.Language;
import dev.ecslint.core.i18n.Localizer;
import dev.ecslint.core.model.Finding;
import dev.ecslint.core.testing.RuleScenarios;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every message and fix speaks of the user's own file: each rule of the catalog runs over its scenarios (a
 * varied set of inputs: many images, variables, users and ports), and every name its findings show in
 * English or Korean must come from that input: an environment variable ({@code DB_PASSWORD}), an image
 * ({@code node:20-alpine}), a language tool ({@code npm}, {@code python}). A name that is not in the input
 * is a hard-coded example that would mislead the user ({@code DB_PASSWORD} for a variable called
 * {@code API_TOKEN}, node advice on a Python image), unless it is one of the few replacements a rule
 * deliberately suggests, listed below with the reason.
 */
class MessageNamesTest {

    /** {@code DB_PASSWORD}, {@code PIP_NO_CACHE_DIR}: upper-case words joined by underscores. */
    private static final Pattern VARIABLE = Pattern.compile("\\b[A-Z][A-Z0-9]*+(?:_[A-Z0-9]++)++\\b");
    private static final Pattern CODE = Pattern.compile("`([^`]++)`");
    /** {@code name[:tag]} with a registry or namespace, or {@code name:tag}: an image reference. */
    private static final Pattern IMAGE = Pattern.compile(
            "(?:[a-z0-9][a-z0-9.-]*+(?::[0-9]++)?/)?[a-z0-9][a-z0-9._-]*+(?:/[a-z0-9][a-z0-9._-]*+)*+[:@][A-Za-z0-9<][A-Za-z0-9._<>…-]*+");
    /** Programs that belong to one language's image: naming one where the input has none is advice for another image. */
    private static final Set<String> TOOLS = Set.of("node", "npm", "yarn", "pnpm", "python", "python3", "pip", "pip3",
            "java", "mvn", "gradle", "gem", "bundle", "go", "cargo", "dotnet", "php", "composer");

    /**
     * Names a rule may introduce because they are the fix, not an example: better images than the user's
     * (DF001 nginx-unprivileged for nginx, DF033 eclipse-temurin for openjdk, distroless or Debian for a
     * compiled binary), the variable pip reads (DF014), the settings that trust a private CA (DF037), and the
     * subjects rules are about (CT005's credential variables, SV009's capacity providers).
     */
    private static final Map<String, Set<String>> DELIBERATE = Map.of(
            // the rule's subject, and for compose the profile that replaces keys written into the file
            "CT005", Set.of("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE"),
            "SV009", Set.of("FARGATE_SPOT"), // names the capacity providers to explain the conflict
            "DF001", Set.of("nginxinc/nginx-unprivileged"),
            "DF014", Set.of("PIP_NO_CACHE_DIR"),
            // the settings that trust a private CA instead, for the tool whose check was turned off
            "DF037", Set.of("SSL_CERT_FILE", "NODE_EXTRA_CA_CERTS", "PIP_CERT", "GIT_SSL_CAINFO", "REQUESTS_CA_BUNDLE"),
            "DF033", Set.of("eclipse-temurin", "gcr.io/distroless/static-debian12", "gcr.io/distroless/cc-debian12",
                    "debian", "public.ecr.aws/docker/library/eclipse-temurin"));

    @Test
    void messagesAndFixesNameOnlyWhatTheInputHolds() throws IOException {
        RuleScenarios scenarios = BuiltInRules.scenarios();
        Localizer english = Localizer.of(Language.EN, getClass().getClassLoader())
                .withRules(BuiltInRules.registry()::byId);
        Localizer korean = Localizer.of(Language.KO, getClass().getClassLoader())
                .withRules(BuiltInRules.registry()::byId);
        Map<String, List<String>> problems = new TreeMap<>();
        int findings = 0;
        for (Map.Entry<String, List<Path>> entry : scenarios.scenarios().entrySet()) {
            String ruleId = entry.getKey();
            if (ruleId.startsWith("E")) {
                continue;
            }
            for (Path input : entry.getValue()) {
                String text = textOf(input);
                for (Finding f : scenarios.lint(ruleId, input)) {
                    findings++;
                    for (Localizer language : List.of(english, korean)) {
                        for (String shown : List.of(language.render(f.message()), language.render(f.fix()))) {
                            for (String name : foreignNames(shown, text, ruleId)) {
                                problems.computeIfAbsent(ruleId, k -> new ArrayList<>())
                                        .add(input.getFileName() + ": `" + name + "` in \"" + shown + "\"");
                            }
                        }
                    }
                }
            }
        }
        problems.forEach((rule, list) -> System.out.println("NAMES " + rule + " " + list.size() + "\n  "
                + String.join("\n  ", list.subList(0, Math.min(3, list.size())))));
        assertThat(findings).isGreaterThan(500);
        assertThat(problems.keySet()).as("rules whose messages or fixes name what the input does not hold").isEmpty();
    }

    /** A scenario's text; a scenario that is a folder (a Terraform module) is all its files. */
    private static String textOf(Path input) throws IOException {
        if (!Files.isDirectory(input)) {
            return Files.readString(input, StandardCharsets.UTF_8);
        }
        StringBuilder all = new StringBuilder();
        try (var files = Files.walk(input)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                all.append(Files.readString(f, StandardCharsets.UTF_8)).append('\n');
            }
        }
        return all.toString();
    }

    /** The names a text shows that neither the input holds nor the rule deliberately suggests. */
    static Set<String> foreignNames(String shown, String input, String ruleId) {
        Set<String> foreign = new TreeSet<>();
        String lowerInput = input.toLowerCase(Locale.ROOT);
        Set<String> deliberate = DELIBERATE.getOrDefault(ruleId, Set.of());
        Matcher variable = VARIABLE.matcher(shown);
        while (variable.find()) {
            String name = variable.group();
            if (!input.contains(name) && !deliberate.contains(name)) {
                foreign.add(name);
            }
        }
        Matcher code = CODE.matcher(shown);
        while (code.find()) {
            String span = code.group(1);
            Matcher image = IMAGE.matcher(span);
            while (image.find()) {
                String reference = image.group();
                String[] parts = reference.split("[:@]", 2);
                String repository = parts[0];
                // a UID:GID pair (`1000:1000`) or an IAM key (`aws:PrincipalOrgID`) is no image
                boolean looksLikeImage = Character.isLetter(repository.charAt(0)) && !Character.isUpperCase(parts[1].charAt(0));
                if (looksLikeImage && (repository.contains("/") || isKnownImageWord(span, image.start()))) {
                    if (!lowerInput.contains(repository.toLowerCase(Locale.ROOT)) && !deliberate.contains(repository)) {
                        foreign.add(reference);
                    }
                }
            }
            for (String word : span.toLowerCase(Locale.ROOT).split("[^a-z0-9]++")) {
                if (TOOLS.contains(word) && !deliberate.contains(word) && !lowerInput.contains(word)) {
                    foreign.add(word);
                }
            }
        }
        return foreign;
    }

    /** An image written alone in a code span ({@code `node:20`}) or after FROM or --from=. */
    private static boolean isKnownImageWord(String span, int start) {
        String before = span.substring(0, start);
        return before.isBlank() || before.endsWith("FROM ") || before.endsWith("--from=") || before.endsWith("FROM=");
    }

    @Test
    void theCheckCatchesAHardCodedExample() {
        assertThat(foreignNames("move `DB_PASSWORD` to `secrets`", "{\"name\": \"API_TOKEN\"}", "CT004"))
                .containsExactly("DB_PASSWORD");
        assertThat(foreignNames("add `USER node` before CMD", "FROM python:3.12-slim", "DF001")).containsExactly("node");
        assertThat(foreignNames("use `node:20-slim`", "FROM python:3.12", "DF033")).contains("node:20-slim");
        assertThat(foreignNames("use `python:3.12-slim`", "FROM python:3.12", "DF033")).isEmpty();
        assertThat(foreignNames("add `ENV PIP_NO_CACHE_DIR=1`", "RUN pip install x", "DF014")).isEmpty();
        assertThat(foreignNames("set `user` to `1000:1000`, or a `Condition` on `aws:PrincipalOrgID`", "{}", "CT001"))
                .as("a UID:GID pair and an IAM key are no images").isEmpty();
    }
}
