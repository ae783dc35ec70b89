package dev.ecslint.core.mapping;

import dev.ecslint.core.aws.ContainerSpec;
import dev.ecslint.core.aws.EnvVar;
import dev.ecslint.core.aws.Sourced;
import dev.ecslint.core.aws.TaskDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The values of model objects without their locations, so that one task read from different sources can be
 * compared: the same task must give the same values whatever it was written in.
 */
public final class ModelView {

    private ModelView() {
    }

    public static Map<String, Object> of(TaskDefinition task) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("family", value(task.family()));
        view.put("networkMode", value(task.networkMode()));
        view.put("requiresCompatibilities", values(task.requiresCompatibilities()));
        view.put("cpu", value(task.cpu()));
        view.put("memory", value(task.memory()));
        view.put("executionRoleArn", value(task.executionRoleArn()));
        view.put("volumes", task.volumes().stream().map(v -> value(v.name()) + " efs transit="
                + v.efs().map(e -> value(e.transitEncryption())).orElse(null)).toList());
        List<Object> containers = new ArrayList<>();
        task.containers().forEach(c -> containers.add(of(c)));
        view.put("containers", containers);
        return view;
    }

    public static Map<String, Object> of(ContainerSpec c) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", value(c.name()));
        view.put("image", c.image().map(i -> i.unresolved() ? "unknown" : i.text()).orElse(null));
        view.put("user", value(c.user()));
        view.put("essential", value(c.essential()));
        view.put("privileged", value(c.privileged()));
        view.put("readonlyRootFilesystem", value(c.readonlyRootFilesystem()));
        view.put("initProcessEnabled", value(c.initProcessEnabled()));
        view.put("cpu", value(c.cpu()));
        view.put("memory", value(c.memory()));
        view.put("memoryReservation", value(c.memoryReservation()));
        view.put("environment", c.environment().stream().map(ModelView::env).toList());
        view.put("secrets", c.secrets().stream().map(s -> s.name().value() + "=" + value(s.valueFrom())).toList());
        view.put("capabilitiesAdd", values(c.capabilitiesAdd()));
        view.put("portMappings", c.portMappings().stream()
                .map(p -> value(p.containerPort()) + ":" + value(p.hostPort())).toList());
        view.put("healthCheck", c.healthCheck().map(h -> values(h.command())).orElse(null));
        view.put("logDriver", c.logConfiguration().map(l -> value(l.driver())).orElse(null));
        view.put("logOptions", c.logConfiguration().map(l -> l.options().keySet()).orElse(null));
        view.put("parameters", c.parameters().keySet());
        return view;
    }

    private static String env(EnvVar e) {
        return e.name().value() + "=" + e.value().map(v -> v.unresolved() ? "unknown" : String.valueOf(v.value()))
                .orElse("(absent)");
    }

    private static Object value(Optional<? extends Sourced<?>> sourced) {
        return sourced.map(s -> s.unresolved() ? "unknown" : s.value()).orElse(null);
    }

    private static List<Object> values(List<? extends Sourced<?>> list) {
        List<Object> out = new ArrayList<>();
        list.forEach(s -> out.add(s.unresolved() ? "unknown" : s.value()));
        return out;
    }
}
