package dev.ecslint.rules.dockerfile;

import dev.ecslint.core.dockerfile.AbstractDockerfileRule;
import dev.ecslint.core.dockerfile.Dockerfile;
import dev.ecslint.core.dockerfile.Instruction;
import dev.ecslint.core.dockerfile.ShellCommand;
import dev.ecslint.core.dockerfile.Stage;
import dev.ecslint.core.dockerfile.Token;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import java.util.Optional;

/** DF041: {@code useradd} with a large UID and without {@code -l}. */
public final class UseraddHighUidRule extends AbstractDockerfileRule {

    private static final RuleMeta META = RuleMeta.builder("DF041", "useradd-high-uid")
            .title("Use useradd -l with a large UID")
            .severity(Severity.INFO)
            .category(Category.EFFICIENCY)
            .kinds(DocumentKind.DOCKERFILE)
            .rationale("useradd records every user in /var/log/lastlog and /var/log/faillog, sparse files indexed "
                    + "by UID. Docker's layer tarballs do not keep files sparse, so a UID such as 100000000 can "
                    + "add gigabytes to the image or exhaust the disk while building.")
            .fix("Add `-l` (`--no-log-init`) to useradd, or choose a UID below 100000.")
            .bad("Dockerfile", "FROM debian:12-slim\nRUN useradd -u 123456 app\nUSER app\n")
            .good("Dockerfile", "FROM debian:12-slim\nRUN useradd --no-log-init -u 123456 app\nUSER app\n")
            .references("https://docs.docker.com/build/building/best-practices/#user")
            .message("highUid", "{useradd} without `-l` writes lastlog and faillog entries sized by the UID, which can "
                    + "add gigabytes to the layer; add `--no-log-init` (`-l`) or use a UID below 100000")
            .equivalents("DL3046")
            .build();

    public UseraddHighUidRule() {
        super(META);
    }

    /** hadolint's threshold: a UID of more than five digits. */
    private static final int MAX_SHORT_UID_DIGITS = 5;

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx) {
        for (Instruction run : Instructions.withTriggers(dockerfile, "RUN")) {
            Optional<Stage> stage = dockerfile.stageOf(run);
            for (ShellCommand c : dockerfile.commandsOf(run).commands()) {
                if (!c.is("useradd") || c.hasFlag("-l", "--no-log-init")) {
                    continue;
                }
                Optional<Token> uidToken = c.flagValueWord("-u", "--uid");
                if (uidToken.isEmpty()) {
                    continue;
                }
                String written = ShellCommand.valueIn(uidToken.get(), "-u", "--uid");
                Optional<String> uid = stage.isPresent() ? dockerfile.resolve(written, stage.get())
                        : Optional.of(written);
                if (uid.isPresent() && uid.get().matches("\\d+") && uid.get().replaceFirst("^0+", "").length()
                        > MAX_SHORT_UID_DIGITS) {
                    ctx.report(uidToken.get(), META.message("highUid").code("useradd", "useradd -u " + uid.get()));
                }
            }
        }
    }
}
