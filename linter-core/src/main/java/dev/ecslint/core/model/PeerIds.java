package dev.ecslint.core.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The ids other tools give the checks ecslint's rules are equivalent to ({@link RuleMeta#equivalents()}),
 * which tool each belongs to, and one spelling per id so that a user's suppression matches whichever way
 * the tool has written it over the years: Trivy's {@code DS002}, {@code DS-0002} and {@code AVD-DS-0002}
 * are one check, as are {@code AWS-0036} and {@code AVD-AWS-0036}.
 */
public final class PeerIds {

    /** The tools whose ids appear in {@code equivalents}, in the order the rule reference lists them. */
    public enum Tool {
        HADOLINT("hadolint"),
        TRIVY("Trivy"),
        CHECKOV("Checkov"),
        KICS("KICS"),
        SECURITY_HUB("AWS Security Hub");

        private final String label;

        Tool(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private PeerIds() {
    }

    /** The tool an id belongs to, by its shape; empty for an id of no known shape. */
    public static Optional<Tool> toolOf(String id) {
        String upper = id.toUpperCase(Locale.ROOT);
        if (upper.startsWith("CKV_") || upper.startsWith("CKV2_")) {
            return Optional.of(Tool.CHECKOV);
        }
        if (isKicsId(id)) {
            return Optional.of(Tool.KICS);
        }
        if ((upper.startsWith("ECS.") || upper.startsWith("ECR.")) && digits(upper, 4, upper.length())) {
            return Optional.of(Tool.SECURITY_HUB);
        }
        String[] family = familyAndNumber(upper);
        if (family == null) {
            return Optional.empty();
        }
        if (family[0].equals("DL") || family[0].equals("SC")) {
            return Optional.of(Tool.HADOLINT);
        }
        return family[0].equals("DS") || family[0].equals("AWS") ? Optional.of(Tool.TRIVY) : Optional.empty();
    }

    /**
     * One spelling for comparisons: upper case; Trivy's {@code AVD-} prefix dropped; a family and number
     * written with or without a dash and leading zeros ({@code DS002}, {@code DS-0002}) become
     * {@code DS:2}. Other ids (Checkov, KICS, Security Hub) only change case.
     */
    public static String canonical(String id) {
        String upper = id.trim().toUpperCase(Locale.ROOT);
        if (upper.startsWith("CKV") || isKicsId(upper) || upper.contains(".")) {
            return upper;
        }
        String[] family = familyAndNumber(upper);
        return family == null ? upper : family[0] + ":" + Integer.parseInt(family[1]);
    }

    /** {@code [AVD-]LETTERS[-]DIGITS} as {family, digits}, else {@code null}. */
    private static String[] familyAndNumber(String upper) {
        String id = upper.startsWith("AVD-") ? upper.substring(4) : upper;
        int letters = 0;
        while (letters < id.length() && id.charAt(letters) >= 'A' && id.charAt(letters) <= 'Z') {
            letters++;
        }
        int digitsFrom = letters < id.length() && id.charAt(letters) == '-' ? letters + 1 : letters;
        if (letters == 0 || digitsFrom >= id.length() || !digits(id, digitsFrom, id.length())
                || id.length() - digitsFrom > 6) {
            return null;
        }
        return new String[] {id.substring(0, letters), id.substring(digitsFrom)};
    }

    private static boolean digits(String text, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** A KICS query id: a UUID ({@code fd54f200-402c-4333-a5a4-36ef6709af2f}). */
    private static boolean isKicsId(String id) {
        if (id.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = Character.toLowerCase(id.charAt(i));
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }
}
