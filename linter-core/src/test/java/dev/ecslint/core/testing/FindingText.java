package dev.ecslint.core.testing;

import dev.ecslint.core.i18n.Language;
import dev.ecslint.core.i18n.Localizer;
import dev.ecslint.core.model.Finding;

/** A finding's message and fix as a person reads them, for assertions on their words. */
public final class FindingText {

    private static final Localizer ENGLISH = Localizer.english();
    private static final Localizer KOREAN = Localizer.of(Language.KO, FindingText.class.getClassLoader());

    private FindingText() {
    }

    public static String english(Finding finding) {
        return ENGLISH.render(finding.message());
    }

    public static String korean(Finding finding) {
        return KOREAN.render(finding.message());
    }

    public static String englishFix(Finding finding) {
        return finding.fix() == null ? "" : ENGLISH.render(finding.fix());
    }

    public static String koreanFix(Finding finding) {
        return finding.fix() == null ? "" : KOREAN.render(finding.fix());
    }
}
