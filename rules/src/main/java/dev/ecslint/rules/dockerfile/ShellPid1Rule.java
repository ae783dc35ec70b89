package dev.ecslint.rules.dockerfile;

import dev.ecslint.core.dockerfile.AbstractDockerfileRule;
import dev.ecslint.core.dockerfile.Dockerfile;
import dev.ecslint.core.dockerfile.Instruction;
import dev.ecslint.core.dockerfile.ShellCommand;
import dev.ecslint.core.dockerfile.ShellOperator;
import dev.ecslint.core.dockerfile.ShellScript;
import dev.ecslint.core.dockerfile.Stage;
import dev.ecslint.core.dockerfile.Token;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** DF043: the container's exec-form command starts a shell that stays PID 1 in front of the program. */
public final class ShellPid1Rule extends AbstractDockerfileRule {

    private static final RuleMeta META = RuleMeta.builder("DF043", "shell-pid1")
            .title("Exec the program from an sh -c command line")
            .severity(Severity.WARNING)
            .category(Category.RELIABILITY)
            .kinds(DocumentKind.DOCKERFILE)
            .rationale("`CMD [\"sh\", \"-c\", \"java -jar app.jar\"]` is exec form, but the process it starts is a "
                    + "shell that then runs the program. When the shell stays PID 1 it does not forward SIGTERM: "
                    + "when ECS stops the task (a deployment, scale-in, a Spot interruption) the program never hears "
                    + "it and is killed with SIGKILL after `stopTimeout`, dropping its in-flight work. Whether a shell "
                    + "hands PID 1 to a lone command depends on the shell and its version (dash before 0.5.11 and "
                    + "BusyBox builds keep it; a command list keeps every shell), so `exec` makes it certain. A "
                    + "string that already ends in `exec …`, a `trap` that handles the signals, a pipeline at the "
                    + "end, and `tini`/`dumb-init` as PID 1 are not reported.")
            .fix("Start the program with `exec` inside the string (`[\"sh\", \"-c\", \"exec java -jar app.jar\"]`; for "
                    + "several commands, `exec` the last one), or drop the shell: `[\"java\", \"-jar\", \"app.jar\"]`.")
            .bad("Dockerfile", "FROM eclipse-temurin:21-jre\nCOPY app.jar /app.jar\nUSER 10001\n"
                    + "CMD [\"sh\", \"-c\", \"java $JAVA_OPTS -jar /app.jar\"]\n")
            .good("Dockerfile", "FROM eclipse-temurin:21-jre\nCOPY app.jar /app.jar\nUSER 10001\n"
                    + "CMD [\"sh\", \"-c\", \"exec java $JAVA_OPTS -jar /app.jar\"]\n")
            .references("https://docs.docker.com/reference/dockerfile/#exec-form-entrypoint-example",
                    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_timeout")
            .message("lone", "{script} runs under a shell that may stay PID 1 and not forward SIGTERM, so ECS kills "
                    + "{program} after stopTimeout instead of stopping it gracefully; start it with {exec} or drop the "
                    + "shell and list the program's words in exec form")
            .message("list", "{script} keeps the shell as PID 1 in front of {program}, and the shell does not forward "
                    + "SIGTERM, so ECS kills it after stopTimeout instead of stopping it gracefully; run the last command "
                    + "with {exec}")
            .message("fixExec", "Start {program} with {exec} inside the string, or drop the shell and list its words in "
                    + "exec form.")
            .build();

    public ShellPid1Rule() {
        super(META);
    }

    private static final Set<String> SHELLS = Set.of("sh", "bash", "ash", "dash", "zsh", "ksh", "mksh");

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx) {
        Optional<Instruction> entrypoint = lastInChain(dockerfile.finalStage(), "ENTRYPOINT");
        Optional<Instruction> cmd = lastInChain(dockerfile.finalStage(), "CMD");
        List<Token> argv = new ArrayList<>();
        if (entrypoint.isPresent()) {
            if (entrypoint.get().isShellForm()) {
                return; // DF018's case
            }
            argv.addAll(entrypoint.get().arguments());
            cmd.filter(Instruction::execForm).ifPresent(c -> argv.addAll(c.arguments()));
        } else if (cmd.isPresent() && cmd.get().execForm()) {
            argv.addAll(cmd.get().arguments());
        }
        script(argv).ifPresent(word -> check(ShellScript.ofString(word, dockerfile.source()), word, ctx));
    }

    /** The last instruction of that keyword in the final stage or the stages it builds on. */
    private static Optional<Instruction> lastInChain(Stage stage, String keyword) {
        for (Stage s = stage; ; s = s.baseStage().get()) {
            Optional<Instruction> found = s.last(keyword);
            if (found.isPresent() || s.baseStage().isEmpty()) {
                return found;
            }
        }
    }

    /** For {@code sh [options] -c SCRIPT …}: the SCRIPT word. */
    private static Optional<Token> script(List<Token> argv) {
        if (argv.isEmpty() || !SHELLS.contains(baseName(argv.get(0).value()))) {
            return Optional.empty();
        }
        boolean commandString = false;
        for (Token word : argv.subList(1, argv.size())) {
            String v = word.value();
            if (v.startsWith("-") && v.length() > 1 && !v.startsWith("--")) {
                commandString |= v.indexOf('c', 1) > 0;
            } else if (v.startsWith("--")) {
                continue;
            } else {
                return commandString ? Optional.of(word) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static void check(ShellScript script, Token word, RuleContext ctx) {
        List<ShellCommand> commands = script.commands();
        if (commands.isEmpty()) {
            return;
        }
        ShellCommand last = commands.get(commands.size() - 1);
        for (ShellCommand c : commands) {
            if (c.is("trap", "wait", "tini", "dumb-init") || c.next() == ShellOperator.BACKGROUND) {
                return; // the script manages its children and signals itself
            }
        }
        if (last.is("exec") || last.inSubshell() || last.inBraceGroup() || pipesIntoLast(commands)) {
            return;
        }
        String shell = word.value().length() > 60 ? word.value().substring(0, 57) + "…" : word.value();
        ctx.report(word, META.message(commands.size() == 1 ? "lone" : "list").code("script", shell)
                .code("program", last.name()).code("exec", "exec " + last.name() + " …"),
                META.message("fixExec").code("program", last.name()).code("exec", "exec " + last.name() + " …"));
    }

    /** The last command reads a pipe: it cannot replace the shell, which waits for the pipeline. */
    private static boolean pipesIntoLast(List<ShellCommand> commands) {
        return commands.size() > 1 && commands.get(commands.size() - 2).next().isPipe();
    }

    private static String baseName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
