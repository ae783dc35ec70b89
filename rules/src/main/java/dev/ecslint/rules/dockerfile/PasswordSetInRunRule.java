package dev.ecslint.rules.dockerfile;

import dev.ecslint.core.dockerfile.AbstractDockerfileRule;
import dev.ecslint.core.dockerfile.Dockerfile;
import dev.ecslint.core.dockerfile.Instruction;
import dev.ecslint.core.dockerfile.ShellCommand;
import dev.ecslint.core.dockerfile.ShellScript;
import dev.ecslint.core.dockerfile.Token;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.Placeholders;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Secrets;
import dev.ecslint.core.model.Severity;
import java.util.Optional;

/** DF040: a literal password given to {@code chpasswd}, {@code passwd --stdin} or {@code useradd -p}. */
public final class PasswordSetInRunRule extends AbstractDockerfileRule {

    private static final RuleMeta META = RuleMeta.builder("DF040", "password-set-in-run")
            .title("Do not set a literal password in RUN")
            .severity(Severity.ERROR)
            .category(Category.SECURITY)
            .kinds(DocumentKind.DOCKERFILE)
            .rationale("A password written into a RUN command is stored in the image history (`docker history` "
                    + "shows it) and in every copy of the image, and the account it unlocks is the same in every "
                    + "container started from it.")
            .fix("Do not give container accounts passwords (containers need no interactive login); if one is "
                    + "unavoidable, read it from a build secret (`RUN --mount=type=secret,id=pw …`) or set it at "
                    + "start-up from an ECS secret.")
            .bad("Dockerfile", "FROM debian:12-slim\nRUN useradd app && echo 'app:S3cretPass' | chpasswd\n")
            .good("Dockerfile", "FROM debian:12-slim\nRUN useradd --system --no-create-home app\n")
            .references("https://docs.docker.com/build/building/secrets/",
                    "https://docs.docker.com/reference/dockerfile/#run")
            .message("emptyPassword", "{command} is given an empty password, which opens the account to anyone who "
                    + "can reach a login; lock the account instead (`passwd -l`) or leave the password unset")
            .message("literalPassword", "{command} is given the literal password `{password}`, which stays in the image "
                    + "history for anyone who pulls it; drop the password, or read it from a build secret "
                    + "(`RUN --mount=type=secret`)")
            .equivalents("CKV2_DOCKER_17")
            .build();

    public PasswordSetInRunRule() {
        super(META);
    }

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx) {
        for (Instruction run : Instructions.withTriggers(dockerfile, "RUN")) {
            ShellScript script = run.shellScript();
            for (ShellCommand command : script.commands()) {
                ShellCommand c = command.effective();
                if (c.is("useradd", "usermod")) {
                    c.flagValueWord("-p", "--password").ifPresent(t -> {
                        String password = ShellCommand.valueIn(t, "-p", "--password");
                        if (isLiteral(password)) {
                            report(ctx, t, c.name() + " -p", password);
                        }
                    });
                }
                if (command.next().isPipe()) {
                    Optional<ShellCommand> reader = script.after(command).map(ShellCommand::effective);
                    if (reader.isPresent() && readsPassword(reader.get()) && c.is("echo", "printf")) {
                        boolean chpasswd = reader.get().is("chpasswd");
                        literalArgument(c, chpasswd).ifPresent(t -> report(ctx, t, reader.get().name(),
                                chpasswd ? passwordOf(t.value()) : t.value()));
                    }
                }
            }
        }
    }

    private static boolean readsPassword(ShellCommand c) {
        return c.is("chpasswd") || c.is("passwd") && c.hasFlag("--stdin");
    }

    /** The echoed word holding a literal password ({@code user:password} for chpasswd). */
    private static Optional<Token> literalArgument(ShellCommand echo, boolean userColonPassword) {
        for (Token arg : echo.positionals()) {
            String value = arg.value();
            if (userColonPassword) {
                if (value.indexOf(':') < 0) {
                    continue;
                }
                value = passwordOf(value);
            }
            if (isLiteral(value)) {
                return Optional.of(arg);
            }
        }
        return Optional.empty();
    }

    /** The password of a {@code user:password} line. */
    private static String passwordOf(String line) {
        return line.substring(line.indexOf(':') + 1);
    }

    /** A password written in the Dockerfile: not a variable, a placeholder or a command substitution. */
    private static boolean isLiteral(String value) {
        return value.isEmpty() || !Secrets.isReference(value) && !Placeholders.isTemplated(value)
                && !value.contains("$(") && !value.contains("`");
    }

    private static void report(RuleContext ctx, Token at, String what, String secret) {
        if (secret.isEmpty()) {
            ctx.report(at, META.message("emptyPassword").code("command", what));
            return;
        }
        ctx.report(at, META.message("literalPassword").code("command", what).secret("password", Secrets.mask(secret)));
    }
}
