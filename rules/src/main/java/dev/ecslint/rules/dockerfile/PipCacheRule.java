package dev.ecslint.rules.dockerfile;

import dev.ecslint.core.dockerfile.AbstractDockerfileRule;
import dev.ecslint.core.dockerfile.Dockerfile;
import dev.ecslint.core.dockerfile.Instruction;
import dev.ecslint.core.dockerfile.Invocation;
import dev.ecslint.core.dockerfile.KeyValue;
import dev.ecslint.core.dockerfile.PackageCommand;
import dev.ecslint.core.dockerfile.PackageManager;
import dev.ecslint.core.dockerfile.RunCommands;
import dev.ecslint.core.dockerfile.Stage;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

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
            .message("pipCache", "{command} without --no-cache-dir keeps the downloaded packages in ~/.cache/pip "
                    + "inside the layer; add --no-cache-dir (or set `ENV PIP_NO_CACHE_DIR=1`)")
            .equivalents("DL3042", "f2f903fb-b977-461e-98d7-b3e2185c6118")
            .build();

    public PipCacheRule() {
        super(META);
    }

    private static final String VARIABLE = "PIP_NO_CACHE_DIR";

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx) {
        // the value of PIP_NO_CACHE_DIR at the end of each stage: a stage built FROM another starts with it
        Map<Stage, String> atEnd = new IdentityHashMap<>();
        for (Stage stage : dockerfile.stages()) {
            String value = stage.baseStage().map(atEnd::get).orElse(null);
            for (Instruction i : stage.instructions()) {
                if (i.is("ENV") || i.is("ARG")) {
                    value = i.keyValue(VARIABLE).filter(KeyValue::hasValue).map(KeyValue::value).orElse(value);
                } else if (i.is("RUN")) {
                    checkRun(dockerfile.commandsOf(i), value, ctx);
                }
                // a trigger runs in a build of its own, where this file's ENV may not hold
                i.onbuildTrigger().filter(t -> t.is("RUN")).ifPresent(t -> checkRun(dockerfile.commandsOf(t), null, ctx));
            }
            atEnd.put(stage, value);
        }
    }

    /** @param inherited PIP_NO_CACHE_DIR as ENV or ARG set it before this RUN, or {@code null} */
    private static void checkRun(RunCommands run, String inherited, RuleContext ctx) {
        if (hasPipCacheMount(run)) {
            return;
        }
        String exported = inherited;
        int next = 0;
        List<Invocation> invocations = run.invocations();
        for (PackageCommand c : run.packageCommands()) {
            // `export PIP_NO_CACHE_DIR=…` before this command in the same RUN
            for (; next < invocations.size() && invocations.get(next).position() < c.position(); next++) {
                Invocation earlier = invocations.get(next);
                if (earlier.is("export", "declare", "typeset")) {
                    exported = earlier.assignment(VARIABLE).orElse(exported);
                }
            }
            if (!c.is(PackageManager.PIP) || !c.isInstall() || c.hasFlag("--no-cache-dir")) {
                continue;
            }
            String value = c.invocation().assignment(VARIABLE).orElse(exported);
            if (value != null && truthy(value)) {
                continue;
            }
            ctx.report(c.program(), META.message("pipCache").code("command", c.program().value() + " install"));
        }
    }

    /** pip reads the variable as a boolean option: 1/true/yes/on disable the cache. */
    private static boolean truthy(String value) {
        String v = value.trim();
        return v.equals("1") || v.equalsIgnoreCase("true") || v.equalsIgnoreCase("yes") || v.equalsIgnoreCase("on");
    }

    /** A cache or tmpfs mount on pip's cache, or on a directory above it. */
    private static boolean hasPipCacheMount(RunCommands run) {
        for (String target : run.cacheMountTargets()) {
            if (target.contains("pip") || "/root/.cache".equals(target) || "/root".equals(target)) {
                return true;
            }
        }
        return false;
    }
}
