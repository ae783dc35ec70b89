package dev.ecslint.core.report;

import dev.ecslint.core.i18n.Localizer;
import dev.ecslint.core.model.Example;
import dev.ecslint.core.model.RuleMeta;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's explanation — rationale, fix, bad and good examples, references — as Markdown (the rule
 * reference and SARIF {@code help.markdown}) and as plain text (SARIF {@code help.text}).
 */
final class RuleMarkdown {

    private static final Pattern TRAILING_URL = Pattern.compile("^(.*?)[\\s:—–-]*\\s(https?://\\S+)$");
    private static final Pattern BACKTICK_RUN = Pattern.compile("`+");

    private RuleMarkdown() {
    }

    static String markdown(RuleMeta meta, Localizer texts) {
        StringBuilder md = new StringBuilder();
        paragraph(md, texts.rationale(meta));
        String fix = texts.fix(meta);
        if (present(fix)) {
            paragraph(md, "**" + texts.text("rule.fix") + ":** " + fix.strip());
        }
        examples(md, texts.text("rule.bad"), meta.bad());
        examples(md, texts.text("rule.good"), meta.good());
        if (!meta.references().isEmpty()) {
            StringBuilder list = new StringBuilder("**" + texts.text("rule.references") + "**\n");
            for (String reference : meta.references()) {
                list.append("\n- ").append(link(reference));
            }
            paragraph(md, list.toString());
        }
        return md.toString().stripTrailing() + "\n";
    }

    static String plainText(RuleMeta meta, Localizer texts) {
        StringBuilder text = new StringBuilder();
        paragraph(text, texts.rationale(meta));
        String fix = texts.fix(meta);
        if (present(fix)) {
            paragraph(text, texts.text("rule.fix") + ": " + fix.strip());
        }
        for (Example example : meta.bad()) {
            paragraph(text, texts.text("rule.bad") + " (" + example.fileName() + "):\n" + example.code().stripTrailing());
        }
        for (Example example : meta.good()) {
            paragraph(text, texts.text("rule.good") + " (" + example.fileName() + "):\n" + example.code().stripTrailing());
        }
        if (!meta.references().isEmpty()) {
            paragraph(text, texts.text("rule.references") + ":\n" + String.join("\n", meta.references()));
        }
        return text.toString().stripTrailing() + "\n";
    }

    private static void examples(StringBuilder md, String label, List<Example> examples) {
        for (Example example : examples) {
            paragraph(md, "**" + label + "** (`" + example.fileName() + "`)");
            paragraph(md, fenced(example.code(), language(example.fileName())));
        }
    }

    /** A fenced code block whose fence is longer than any backtick run inside the code. */
    static String fenced(String code, String language) {
        int longestRun = 0;
        Matcher runs = BACKTICK_RUN.matcher(code);
        while (runs.find()) {
            longestRun = Math.max(longestRun, runs.group().length());
        }
        String fence = "`".repeat(Math.max(3, longestRun + 1));
        return fence + language + "\n" + code.stripTrailing() + "\n" + fence;
    }

    /** The fenced-block language of an example, from its file name. */
    static String language(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        String base = name.substring(name.lastIndexOf('/') + 1);
        if (base.endsWith(".json")) {
            return "json";
        }
        if (base.endsWith(".yaml") || base.endsWith(".yml")) {
            return "yaml";
        }
        if (base.startsWith("dockerfile") || base.startsWith("containerfile") || base.endsWith(".dockerfile")) {
            return "dockerfile";
        }
        return "text";
    }

    /** A reference as a Markdown link: a bare URL, or "text URL" / "text — URL" with the text as label. */
    static String link(String reference) {
        String trimmed = reference.strip();
        if (trimmed.matches("https?://\\S+")) {
            return "<" + trimmed + ">";
        }
        Matcher titled = TRAILING_URL.matcher(trimmed);
        if (titled.matches() && !titled.group(1).isBlank()) {
            return "[" + titled.group(1).strip().replace("]", "\\]") + "](" + titled.group(2) + ")";
        }
        return trimmed;
    }

    /** Text for a Markdown table cell: no pipes or line breaks. */
    static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replaceAll("\\s*\\R\\s*", " ").strip();
    }

    static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private static void paragraph(StringBuilder out, String text) {
        if (present(text)) {
            out.append(text.strip()).append("\n\n");
        }
    }
}
