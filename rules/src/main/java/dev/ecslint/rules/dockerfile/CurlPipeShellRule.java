package dev.ecslint.rules.dockerfile;

import dev.ecslint.core.dockerfile.AbstractDockerfileRule;
import dev.ecslint.core.dockerfile.Dockerfile;
import dev.ecslint.core.dockerfile.Instruction;
import dev.ecslint.core.dockerfile.ShellCommand;
import dev.ecslint.core.dockerfile.ShellScript;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import java.util.Optional;

/** DF024: a downloaded script piped straight into a shell. */
public final class CurlPipeShellRule extends AbstractDockerfileRule {

    private static final RuleMeta META = RuleMeta.builder("DF024", "curl-pipe-shell")
            .title("Do not pipe a downloaded script into a shell")
            .severity(Severity.WARNING)
            .category(Category.SECURITY)
            .kinds(DocumentKind.DOCKERFILE)
            .rationale("`curl … | sh` runs whatever the server (or anyone between it and the build) returns at "
                    + "that moment, as root, with nothing recorded: the build is neither verified nor "
                    + "reproducible, and a truncated download can run half a script.")
            .fix("Download the script to a file (or use ADD --checksum), verify its checksum or signature, then "
                    + "run it; better, install the tool from a package repository or a pinned release.")
            .bad("Dockerfile", "FROM debian:12-slim\nRUN curl -fsSL https://get.example.com/install.sh | sh\n")
            .good("Dockerfile", "FROM debian:12-slim\n"
                    + "ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d "
                    + "https://get.example.com/install.sh /tmp/install.sh\nRUN sh /tmp/install.sh\n")
            .references("https://docs.docker.com/reference/dockerfile/#add---checksum",
                    "https://docs.docker.com/build/building/best-practices/#using-pipes")
            .message("pipedIntoShell", "{downloader} output is piped into {shell}, so the build runs whatever the "
                    + "server returns, unverified; download the script to a file, check its checksum or signature, "
                    + "then run it")
            .build();

    public CurlPipeShellRule() {
        super(META);
    }

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx) {
        for (Instruction run : Instructions.withTriggers(dockerfile, "RUN")) {
            ShellScript script = run.shellScript();
            for (ShellCommand command : script.commands()) {
                ShellCommand downloader = command.effective();
                if (!downloader.is("curl", "wget") || !command.next().isPipe()) {
                    continue;
                }
                shellReadingPipe(script, command).ifPresent(shell -> ctx.report(downloader.command(),
                        META.message("pipedIntoShell").code("downloader", downloader.name()).code("shell", shell.name())));
            }
        }
    }

    /** The shell, later in the same pipeline, that executes its standard input (not one given {@code -c}). */
    private static Optional<ShellCommand> shellReadingPipe(ShellScript script, ShellCommand writer) {
        ShellCommand current = writer;
        while (current.next().isPipe()) {
            Optional<ShellCommand> reader = script.after(current);
            if (reader.isEmpty()) {
                return Optional.empty();
            }
            current = reader.get();
            ShellCommand program = current.effective();
            if (program.is("sh", "bash", "ash", "dash", "zsh", "ksh", "mksh", "busybox") && !program.hasFlag("-c")) {
                return Optional.of(program);
            }
        }
        return Optional.empty();
    }
}
