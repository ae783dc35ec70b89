package dev.ecslint.rules.dockerfile;

import dev.ecslint.core.dockerfile.AbstractDockerfileRule;
import dev.ecslint.core.dockerfile.Dockerfile;
import dev.ecslint.core.dockerfile.Flag;
import dev.ecslint.core.dockerfile.Instruction;
import dev.ecslint.core.dockerfile.KeyValue;
import dev.ecslint.core.dockerfile.ShellCommand;
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

/** DF014: {@code pip install} keeps its download cache in the layer. */
public final class PipCacheRule extends AbstractDockerfileRule {

    private static final RuleMeta META = RuleMeta.builder("DF014", "pip-cache")
            .title("Use pip install --no-cache-dir")
            .severity(Severity.INFO)
            .category(Category.EFFICIENCY)
            .kinds(DocumentKind.DOCKERFILE)
            .rationale("pip keeps every wheel it downloads in ~/.cache/pip. In an image that cache is never used "
                    + "again, but it stays in the layer and is pulled by every task: often as large as the "
                    + "installed packages themselves.")
            .fix("Write `pip install --no-cache-dir …`, set `ENV PIP_NO_CACHE_DIR=1` before the installs, or mount "
                    + "a BuildKit cache: `RUN --mount=type=cache,target=/root/.cache/pip pip install …`.")
            .bad("Dockerfile", "FROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n")
            .good("Dockerfile", "FROM python:3.12-slim\nCOPY requirements.txt .\n"
                    + "RUN pip install --no-cache-dir -r requirements.txt\n")
            .references("https://pip.pypa.io/en/stable/topics/caching/",
                    "https://docs.docker.com/build/cache/optimize/#use-cache-mounts")
            .equivalents("DL3042")
            .build();

    public PipCacheRule() {
        super(META);
    }

    private static final String VARIABLE = "PIP_NO_CACHE_DIR";

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx) {
        for (Stage stage : dockerfile.stages()) {
            for (Instruction i : stage.instructions()) {
                if (i.is("RUN") && !disabledBefore(stage, i)) {
                    checkRun(i, ctx);
                }
                i.onbuildTrigger().filter(t -> t.is("RUN")).ifPresent(t -> checkRun(t, ctx));
            }
        }
    }

    private static void checkRun(Instruction run, RuleContext ctx) {
        if (hasPipCacheMount(run)) {
            return;
        }
        List<ShellCommand> commands = run.shellScript().allCommands();
        for (PackageCommand c : PackageCommand.in(run.shellScript())) {
            if (!c.is(PackageManager.PIP) || !c.isInstall() || c.hasFlag("--no-cache-dir")
                    || disabledInScript(commands, c.command())) {
                continue;
            }
            ctx.report(c.program(), "`" + c.program().value() + " install` without --no-cache-dir keeps the "
                    + "downloaded packages in ~/.cache/pip inside the layer; add --no-cache-dir (or set "
                    + "ENV PIP_NO_CACHE_DIR=1)");
        }
    }

    /** {@code PIP_NO_CACHE_DIR} set by ENV or ARG earlier in the stage or in a stage it builds on. */
    private static boolean disabledBefore(Stage stage, Instruction run) {
        List<Stage> chain = new ArrayList<>();
        for (Stage s = stage; ; s = s.baseStage().get()) {
            chain.add(0, s);
            if (s.baseStage().isEmpty()) {
                break;
            }
        }
        Optional<String> value = Optional.empty();
        for (Stage s : chain) {
            for (Instruction i : s.instructions()) {
                if (i == run) {
                    return value.map(PipCacheRule::truthy).orElse(false);
                }
                if (i.is("ENV") || i.is("ARG")) {
                    for (KeyValue kv : i.keyValues()) {
                        if (kv.key().equals(VARIABLE) && kv.hasValue()) {
                            value = Optional.of(kv.value());
                        }
                    }
                }
            }
        }
        return value.map(PipCacheRule::truthy).orElse(false);
    }

    /** {@code PIP_NO_CACHE_DIR=1 pip install …} or an earlier {@code export PIP_NO_CACHE_DIR=1}. */
    private static boolean disabledInScript(List<ShellCommand> commands, ShellCommand pip) {
        for (Token assignment : pip.assignments()) {
            if (setsTruthy(assignment.value())) {
                return true;
            }
        }
        for (ShellCommand c : commands) {
            if (c.index() < pip.index() && c.is("export")) {
                for (Token a : c.arguments()) {
                    if (setsTruthy(a.value())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean setsTruthy(String assignment) {
        return assignment.startsWith(VARIABLE + "=") && truthy(assignment.substring(VARIABLE.length() + 1));
    }

    /** pip reads the variable as a boolean option: 1/true/yes/on disable the cache. */
    private static boolean truthy(String value) {
        return value.trim().matches("(?i)1|true|yes|on");
    }

    private static boolean hasPipCacheMount(Instruction run) {
        for (Flag mount : run.flags("mount")) {
            String target = mount.option("target");
            if (target == null) {
                target = mount.option("dst");
            }
            if ("cache".equals(mount.option("type")) && target != null && target.contains("pip")) {
                return true;
            }
        }
        return false;
    }
}
