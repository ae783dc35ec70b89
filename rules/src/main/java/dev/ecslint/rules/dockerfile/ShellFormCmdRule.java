package dev.ecslint.rules.dockerfile;

import dev.ecslint.core.dockerfile.AbstractDockerfileRule;
import dev.ecslint.core.dockerfile.Dockerfile;
import dev.ecslint.core.dockerfile.Instruction;
import dev.ecslint.core.dockerfile.ShellCommand;
import dev.ecslint.core.dockerfile.ShellOperator;
import dev.ecslint.core.dockerfile.ShellScript;
import dev.ecslint.core.dockerfile.Token;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** DF018: CMD or ENTRYPOINT in shell form, so the application does not receive SIGTERM. */
public final class ShellFormCmdRule extends AbstractDockerfileRule {

    private static final RuleMeta META = RuleMeta.builder("DF018", "shell-form-cmd")
            .title("Write CMD and ENTRYPOINT in exec (JSON array) form")
            .severity(Severity.WARNING)
            .category(Category.RELIABILITY)
            .kinds(DocumentKind.DOCKERFILE)
            .rationale("In shell form Docker runs `/bin/sh -c \"<command>\"`: the shell is PID 1 and the "
                    + "application its child. When ECS stops a task (deployments, scale-in, Spot interruptions) it "
                    + "sends SIGTERM to PID 1; sh does not forward it, so the application never shuts down "
                    + "gracefully and is killed with SIGKILL after the stop timeout, dropping in-flight requests. "
                    + "A shell-form ENTRYPOINT also ignores CMD and the task definition's `command`.")
            .fix("Use the JSON array form: `CMD [\"node\", \"server.js\"]`. When you need shell features, put them "
                    + "in a script that ends with `exec \"$@\"` or `exec node server.js`.")
            .bad("Dockerfile", "FROM node:20-alpine\nCMD node server.js\n")
            .good("Dockerfile", "FROM node:20-alpine\nCMD [\"node\", \"server.js\"]\n")
            .references("https://docs.docker.com/reference/dockerfile/#shell-and-exec-form",
                    "https://docs.docker.com/reference/dockerfile/#entrypoint",
                    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/container-considerations.html")
            .message("shellFormScript", "{keyword} in shell form runs under {shell}, which does not forward SIGTERM "
                    + "when ECS stops the task, so the app is killed without a graceful shutdown; write it in exec form "
                    + "(a JSON array of the program and its arguments), or move the commands into a script that ends "
                    + "with `exec` and run that script in exec form")
            .message("shellForm", "{keyword} in shell form runs under {shell}, which does not forward SIGTERM when ECS "
                    + "stops the task, so the app is killed without a graceful shutdown; write it in exec form: {exec}")
            .message("fixExec", "Use the JSON array form: {exec}.")
            .message("fixScript", "Put the commands in a script that ends with `exec` of the program, and run the "
                    + "script in JSON array form.")
            .equivalents("DL3025", "b86987e1-6397-4619-81d5-8807f2387c79")
            .build();

    public ShellFormCmdRule() {
        super(META);
    }

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx) {
        for (Instruction i : Instructions.withTriggers(dockerfile)) {
            if (!(i.is("CMD") || i.is("ENTRYPOINT")) || !i.isShellForm() || i.arguments().isEmpty()) {
                continue;
            }
            String shell = String.join(" ", i.shell().command());
            Optional<String> example = execForm(i.shellScript());
            if (example.isPresent()) {
                ctx.report(i.argumentText(), META.message("shellForm").verbatim("keyword", i.keyword()).code("shell", shell)
                        .code("exec", i.keyword() + " " + example.get()),
                        META.message("fixExec").code("exec", i.keyword() + " " + example.get()));
            } else {
                ctx.report(i.argumentText(), META.message("shellFormScript").verbatim("keyword", i.keyword())
                        .code("shell", shell), META.message("fixScript"));
            }
        }
    }

    /** The exec form of a single simple command without shell syntax, if it has one. */
    private static Optional<String> execForm(ShellScript script) {
        if (script.commands().size() != 1) {
            return Optional.empty();
        }
        ShellCommand c = script.commands().get(0);
        if (c.is("exec") && c.wrapped().isPresent()) {
            c = c.wrapped().get();
        }
        if (c.next() != ShellOperator.END || !c.assignments().isEmpty() || !c.redirections().isEmpty()
                || c.command().hasVariable()) {
            return Optional.empty();
        }
        List<String> words = new ArrayList<>();
        words.add(quote(c.name()));
        for (Token a : c.arguments()) {
            if (a.hasVariable()) {
                return Optional.empty();
            }
            words.add(quote(a.value()));
        }
        return Optional.of("[" + String.join(", ", words) + "]");
    }

    private static String quote(String word) {
        return "\"" + word.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
