package dev.ecslint.rules.dockerfile;

import dev.ecslint.core.dockerfile.AbstractDockerfileRule;
import dev.ecslint.core.dockerfile.Dockerfile;
import dev.ecslint.core.dockerfile.Instruction;
import dev.ecslint.core.dockerfile.ShellCommand;
import dev.ecslint.core.dockerfile.Token;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import java.util.ArrayList;
import java.util.List;

/** DF045: an {@code export} that ends its RUN, so the variable is lost with that RUN's shell. */
public final class RunExportLostRule extends AbstractDockerfileRule {

    private static final RuleMeta META = RuleMeta.builder("DF045", "run-export-lost")
            .title("Set variables for later instructions with ENV, not RUN export")
            .severity(Severity.INFO)
            .category(Category.CORRECTNESS)
            .kinds(DocumentKind.DOCKERFILE)
            .rationale("Each RUN starts a new shell and nothing of its environment survives it. `RUN export "
                    + "PATH=$PATH:/opt/tool/bin` on its own, or as the last command of a RUN, sets a variable that no "
                    + "command sees: the next RUN, CMD and the running container still have the old value. An "
                    + "`export` followed by other commands in the same RUN is fine; they see it.")
            .fix("Declare the variable with `ENV NAME=value` (kept in the image and the container), or `ARG "
                    + "NAME=value` for a value only the build needs.")
            .bad("Dockerfile", "FROM debian:12-slim\nRUN export PATH=$PATH:/opt/tool/bin\nCMD [\"tool\"]\n")
            .good("Dockerfile", "FROM debian:12-slim\nENV PATH=$PATH:/opt/tool/bin\nCMD [\"tool\"]\n")
            .references("https://docs.docker.com/reference/dockerfile/#env",
                    "https://docs.docker.com/reference/dockerfile/#arg")
            .message("lost", "{export} ends this RUN, so {names} {count|is|are} lost with the RUN's shell: no later "
                    + "instruction or the container sees {count|it|them}; set it with {env} (or {arg} for a build-time "
                    + "value)")
            .build();

    public RunExportLostRule() {
        super(META);
    }

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx) {
        for (Instruction run : Instructions.withTriggers(dockerfile, "RUN")) {
            List<ShellCommand> commands = run.shellScript().commands();
            if (commands.isEmpty()) {
                continue;
            }
            ShellCommand last = commands.get(commands.size() - 1);
            if (!last.is("export") || last.inSubshell() || last.inBraceGroup()) {
                continue;
            }
            List<String> names = new ArrayList<>();
            for (Token a : last.arguments()) {
                int eq = a.value().indexOf('=');
                if (eq > 0 && !a.value().startsWith("-")) {
                    names.add(a.value().substring(0, eq));
                }
            }
            if (names.isEmpty()) {
                continue;
            }
            String first = names.get(0);
            ctx.report(last.command(), META.message("lost").code("export", "export " + first + "=…")
                    .codes("names", names).number("count", names.size()).code("env", "ENV " + first + "=…")
                    .code("arg", "ARG " + first + "=…"));
        }
    }
}
