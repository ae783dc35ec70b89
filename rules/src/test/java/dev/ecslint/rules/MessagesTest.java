package dev.ecslint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecslint.core.engine.RuleRegistry;
import dev.ecslint.core.i18n.Language;
import dev.ecslint.core.i18n.Localizer;
import dev.ecslint.core.i18n.Message;
import dev.ecslint.core.i18n.Template;
import dev.ecslint.core.model.Example;
import dev.ecslint.core.model.Finding;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.testing.RuleScenarios;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every message ecslint shows exists in English and Korean, with the same placeholders; the Korean says it in
 * Korean (code, field names, ids and commands excepted); and every message a rule declares is reported and
 * written, in both languages, by a scenario or a metadata example.
 */
class MessagesTest {

    private static final Path ROOT = Path.of(System.getProperty("ecslint.root", ".."));
    private static final Path RULE_BUNDLES = Path.of("src/main/resources/dev/ecslint/rules");
    /** The bundles of ecslint itself and of its front ends, by base name (…_en.properties, …_ko.properties). */
    private static final List<Path> OTHER_BUNDLES = List.of(
            ROOT.resolve("linter-core/src/main/resources/dev/ecslint/core/i18n/messages"),
            ROOT.resolve("linter-core/src/main/resources/dev/ecslint/core/grade/labels"),
            ROOT.resolve("linter-core/src/main/resources/dev/ecslint/core/custom/texts"),
            ROOT.resolve("cli/src/main/resources/dev/ecslint/cli/messages"),
            ROOT.resolve("maven-plugin/src/main/resources/dev/ecslint/maven/messages"));

    /** Three English words in a row, outside code: prose a Korean reader should not have to read. */
    private static final Pattern ENGLISH_PROSE = Pattern.compile("\\b[A-Za-z][A-Za-z'’-]*(?: +[A-Za-z][A-Za-z'’-]*){2,}\\b");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(?:(?!\\1).)*\\1");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z][A-Za-z0-9_]*(?:\\|[^{}|]*\\|[^{}|]*)?}");
    private static final Pattern HANGUL = Pattern.compile("[\\uAC00-\\uD7A3]");
    /** An English semicolon between clauses, which Korean punctuation does not use. */
    private static final Pattern SEMICOLON = Pattern.compile("; ");

    private final RuleRegistry registry = BuiltInRules.registry();

    @Test
    void everyRuleMessageIsInBothLanguagesWithTheSamePlaceholders() throws IOException {
        Properties english = read(RULE_BUNDLES.resolve("explanations_en.properties"));
        Properties korean = read(RULE_BUNDLES.resolve("explanations_ko.properties"));
        List<String> problems = new ArrayList<>();
        for (RuleMeta meta : registry.metas()) {
            meta.messages().forEach((name, template) -> {
                String key = meta.id() + "." + name;
                String ko = korean.getProperty(key);
                if (!template.equals(english.getProperty(key))) {
                    problems.add(key + ": explanations_en.properties is stale (ExplanationsTest -Dexplanations.update=true)");
                }
                if (ko == null || ko.isBlank()) {
                    problems.add(key + ": no Korean template in explanations_ko.properties");
                } else if (!Template.valuePlaceholders(template).equals(Template.valuePlaceholders(ko))) {
                    problems.add(key + ": placeholders differ: en " + Template.valuePlaceholders(template) + ", ko "
                            + Template.valuePlaceholders(ko));
                }
            });
        }
        for (String key : korean.stringPropertyNames()) {
            if (!english.containsKey(key)) {
                problems.add(key + ": Korean text for a key no rule declares");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void ecslintsOwnBundlesHaveTheSameKeysAndPlaceholdersInBothLanguages() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path base : OTHER_BUNDLES) {
            Properties english = read(Path.of(base + "_en.properties"));
            Properties korean = read(Path.of(base + "_ko.properties"));
            String name = base.getFileName().toString();
            assertThat(korean.stringPropertyNames()).as(base + ": the same keys in both languages")
                    .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
            for (String key : english.stringPropertyNames()) {
                Set<String> en = placeholders(base, english.getProperty(key));
                Set<String> ko = placeholders(base, korean.getProperty(key, ""));
                if (!en.equals(ko)) {
                    problems.add(name + " " + key + ": placeholders differ: en " + en + ", ko " + ko);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /**
     * Korean templates are Korean: outside code spans and placeholders no run of three English words; code,
     * field names, ids and commands belong in backticks. Particles after a placeholder are written as pairs.
     * Sentences end with a period, not an English semicolon. Rules' titles, rationale and fixes count too.
     */
    @Test
    void koreanTemplatesAreKoreanAndWriteParticlesAsPairs() throws IOException {
        Map<String, String> templates = new TreeMap<>();
        Properties korean = read(RULE_BUNDLES.resolve("explanations_ko.properties"));
        for (RuleMeta meta : registry.metas()) {
            for (String name : meta.messages().keySet()) {
                templates.put("explanations_ko " + meta.id() + "." + name,
                        korean.getProperty(meta.id() + "." + name, ""));
            }
            for (String part : List.of("title", "rationale", "fix")) {
                templates.put("explanations_ko " + meta.id() + "." + part,
                        korean.getProperty(meta.id() + "." + part, ""));
            }
        }
        for (Path base : OTHER_BUNDLES) {
            Properties bundle = read(Path.of(base + "_ko.properties"));
            for (String key : bundle.stringPropertyNames()) {
                templates.put(base.getFileName() + "_ko " + key, bundle.getProperty(key));
            }
        }
        List<String> problems = new ArrayList<>();
        templates.forEach((where, template) -> {
            String prose = withoutCode(template);
            Matcher english = ENGLISH_PROSE.matcher(prose);
            if (english.find()) {
                problems.add(where + ": English prose \"" + english.group() + "\"");
            }
            if (prose.chars().filter(Character::isLetter).count() > 12 && !HANGUL.matcher(prose).find()) {
                problems.add(where + ": no Korean at all");
            }
            if (SEMICOLON.matcher(prose).find()) {
                problems.add(where + ": a semicolon joins two Korean sentences: end the first with a period "
                        + "(or a comma inside parentheses)");
            }
            Set<String> bare = Template.bareParticles(template);
            if (!bare.isEmpty()) {
                problems.add(where + ": write the particle as a pair after " + bare + " (을/를, 이/가, 은/는, …)");
            }
        });
        assertThat(problems).isEmpty();
    }

    /**
     * Every message a rule declares is reported by one of its scenarios or metadata examples and written in
     * both languages without a placeholder left unfilled: no sentence reaches a user untested.
     */
    @Test
    void everyMessageARuleDeclaresIsReportedAndWrittenByATest() throws IOException {
        RuleScenarios scenarios = BuiltInRules.scenarios();
        Localizer english = Localizer.of(Language.EN, getClass().getClassLoader()).withRules(registry::byId);
        Localizer korean = english.in(Language.KO);
        Set<String> reported = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, List<Path>> rule : scenarios.scenarios().entrySet()) {
            for (Path file : rule.getValue()) {
                for (Finding f : scenarios.lint(rule.getKey(), file)) {
                    check(f, english, korean, reported, problems, file.toString());
                }
            }
        }
        for (RuleMeta meta : registry.metas()) {
            for (Example bad : meta.bad()) {
                for (Finding f : scenarios.lintText(meta.id(), bad.fileName(), bad.code())) {
                    check(f, english, korean, reported, problems, meta.id() + " bad example");
                }
            }
        }
        for (RuleMeta meta : registry.metas()) {
            for (String name : meta.messages().keySet()) {
                if (!reported.contains(meta.id() + "." + name) && !meta.id().startsWith("E")) {
                    problems.add(meta.id() + "." + name + " is reported by no scenario or example");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static void check(Finding f, Localizer english, Localizer korean, Set<String> reported,
                              List<String> problems, String where) {
        for (Message message : f.fix() == null ? List.of(f.message()) : List.of(f.message(), f.fix())) {
            reported.addAll(message.keys());
            for (Localizer texts : List.of(english, korean)) {
                String text = texts.render(message);
                for (String key : message.keys()) {
                    if (texts.template(key).isEmpty()) {
                        problems.add(where + ": " + key + " has no " + texts.language().code() + " template");
                    }
                }
                Matcher left = PLACEHOLDER.matcher(text);
                while (left.find()) {
                    if (message.args().containsKey(left.group().replaceAll("[{}]|\\|.*", ""))) {
                        problems.add(where + ": " + texts.language().code() + " left " + left.group() + " in " + text);
                    }
                }
            }
        }
    }

    /** The template without its code spans and placeholders: what a reader reads as prose. */
    private static String withoutCode(String template) {
        return PLACEHOLDER.matcher(CODE_SPAN.matcher(template).replaceAll(" ")).replaceAll(" ");
    }

    /** The grader's labels number their arguments ({0}); every other bundle names them. */
    private static Set<String> placeholders(Path base, String text) {
        if (base.getFileName().toString().equals("labels")) {
            Set<String> numbered = new TreeSet<>();
            Matcher m = Pattern.compile("\\{\\d}").matcher(text);
            while (m.find()) {
                numbered.add(m.group());
            }
            return numbered;
        }
        return Template.valuePlaceholders(text);
    }

    private static Properties read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
