package dev.ecslint.core.aws;

import dev.ecslint.core.aws.TaskDefinition.Form;
import dev.ecslint.core.engine.SubjectReader;
import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonArray;
import dev.ecslint.core.json.JsonValue.JsonBoolean;
import dev.ecslint.core.json.JsonValue.JsonNull;
import dev.ecslint.core.json.JsonValue.JsonNumber;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.json.JsonValue.JsonString;
import dev.ecslint.core.model.ImageRef;
import dev.ecslint.core.model.Located;
import dev.ecslint.core.model.Placeholders;
import dev.ecslint.core.model.SourceFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads an ECS task definition in any of its JSON forms (register input, describe output, a bare array of
 * container definitions) into a {@link TaskDefinition} and its {@link ContainerSpec}s, and asks for the
 * document to be validated against {@code schemas/task-definition.schema.json}.
 *
 * <p>Keys are read as the ECS API writes them ({@code networkMode}); other sources map their documents
 * into that shape first ({@code dev.ecslint.core.mapping}) and hand them to {@link #readTask} and
 * {@link #readContainer}.
 */
public final class TaskDefinitionReader implements SubjectReader {

    public static final String SCHEMA = "task-definition";

    private static final String[] COMPATIBILITIES = {"EC2", "FARGATE", "EXTERNAL", "MANAGED_INSTANCES"};

    /** A container definition; its name and image are common, the rest is particular to ECS. */
    private static final Shape CONTAINER = Shape.builder()
            .weak(Shape.STRING, "name", "image", "user", "hostname", "workingDirectory")
            .weak(Shape.ANY, "command", "entryPoint", "environment", "links", "cpu", "memory", "privileged",
                    "readonlyRootFilesystem", "dnsServers", "dnsSearchDomains", "extraHosts", "dockerSecurityOptions",
                    "interactive", "pseudoTerminal", "dockerLabels", "ulimits", "systemControls", "volumesFrom",
                    "disableNetworking", "healthCheck", "linuxParameters", "resourceRequirements", "startTimeout",
                    "stopTimeout", "credentialSpecs", "restartPolicy", "versionConsistency", "environmentFiles")
            .identifying(Shape.BOOLEAN, "essential")
            .identifying(Shape.INTEGER, "memoryReservation")
            .identifying(Shape.objectsWith("containerPort", "hostPort"), "portMappings")
            .identifying(Shape.objectWith("logDriver"), "logConfiguration")
            .identifying(Shape.objectsWith("valueFrom"), "secrets")
            .identifying(Shape.objectsWith("sourceVolume"), "mountPoints")
            .identifying(Shape.objectsWith("containerName"), "dependsOn")
            .identifying(Shape.objectWith("type"), "firelensConfiguration")
            .identifying(Shape.objectWith("credentialsParameter"), "repositoryCredentials")
            .build();

    /** register-task-definition input, or the task definition of a describe output. */
    private static final Shape TASK = Shape.builder()
            .decisive(TaskDefinitionReader::holdsContainers, "containerDefinitions")
            .decisive(Shape.arn("ecs", "task-definition"), "taskDefinitionArn")
            .identifying(Shape.STRING, "family")
            .identifying(Shape.oneOf("awsvpc", "bridge", "host", "none"), "networkMode")
            .identifying(Shape.stringsOf(COMPATIBILITIES), "requiresCompatibilities", "compatibilities")
            .identifying(Shape.objectWith("operatingSystemFamily", "cpuArchitecture"), "runtimePlatform")
            .identifying(Shape.objectWith("sizeInGiB"), "ephemeralStorage")
            .identifying(Shape.objectWith("containerName"), "proxyConfiguration")
            .identifying(Shape.oneOf("host", "task"), "pidMode")
            .identifying(Shape.oneOf("host", "task", "none"), "ipcMode")
            .weak(Shape.STRING, "taskRoleArn", "executionRoleArn", "status", "registeredBy")
            .weak(Shape.SIZE, "cpu", "memory")
            .weak(Shape.INTEGER, "revision")
            .weak(Shape.BOOLEAN, "enableFaultInjection")
            .weak(Shape.ANY, "volumes", "placementConstraints", "tags", "inferenceAccelerators", "requiresAttributes",
                    "registeredAt", "deregisteredAt")
            .build();

    /**
     * True for a task definition (register-task-definition input; describe-task-definition output,
     * {@code {"taskDefinition": {…}, "tags": […]}}) or a bare array of container definitions.
     */
    public static boolean recognizes(JsonValue root) {
        if (root instanceof JsonArray array) {
            return isContainerArray(array);
        }
        if (root instanceof JsonObject o && o.get("taskDefinition").orElse(null) instanceof JsonObject described) {
            return Shape.onlyKeys(o, Set.of("taskDefinition", "tags")) && TASK.matches(described);
        }
        return TASK.matches(root);
    }

    /**
     * {@code containerDefinitions} as ECS writes it: an array of objects that each name a container or image,
     * or hold only container keys (the fragments the ECS guide shows).
     */
    private static boolean holdsContainers(JsonValue value) {
        return value instanceof JsonArray a && a.items().stream().allMatch(item -> namesContainer(item)
                || item instanceof JsonObject c && !c.members().isEmpty() && CONTAINER.weigh(c).foreign() == 0);
    }

    private static boolean namesContainer(JsonValue item) {
        return item instanceof JsonObject c && (c.get("name").orElse(null) instanceof JsonString
                || c.get("image").orElse(null) instanceof JsonString);
    }

    /**
     * Containers that each have the shape of a container definition, and either one at least with a key only ECS
     * uses, or all with a name, an image and nothing but container keys.
     */
    private static boolean isContainerArray(JsonArray array) {
        List<Shape.Evidence> items = array.items().stream().map(CONTAINER::weigh).toList();
        return !items.isEmpty() && array.items().stream().allMatch(TaskDefinitionReader::namesContainer)
                && items.stream().allMatch(Shape.Evidence::consistent)
                && (items.stream().anyMatch(Shape.Evidence::conclusive) || array.items().stream()
                        .allMatch(item -> namesNameAndImage(item) && CONTAINER.weigh(item).foreign() == 0));
    }

    private static boolean namesNameAndImage(JsonValue item) {
        return item instanceof JsonObject c && c.get("name").orElse(null) instanceof JsonString
                && c.get("image").orElse(null) instanceof JsonString;
    }

    @Override
    public List<Class<?>> subjectTypes() {
        return List.of(TaskDefinition.class, ContainerSpec.class);
    }

    @Override
    public Read read(JsonValue root, SourceFile source) {
        if (root instanceof JsonArray array) {
            TaskDefinition task = readContainerArray(array);
            return new Read(subjects(task), List.of(new SchemaCheck(SCHEMA, array)));
        }
        Optional<JsonObject> object = root.asObject();
        if (object.isEmpty()) {
            return new Read(List.of(), List.of(new SchemaCheck(SCHEMA, root)));
        }
        Optional<JsonObject> described = object.get().object("taskDefinition");
        JsonObject taskObject = described.orElse(object.get());
        TaskDefinition task = readTask(taskObject, described.isPresent() ? Form.DESCRIBE_OUTPUT : Form.REGISTER_INPUT);
        return new Read(subjects(task), List.of(new SchemaCheck(SCHEMA, taskObject)));
    }

    private static List<Object> subjects(TaskDefinition task) {
        List<Object> subjects = new ArrayList<>();
        subjects.add(task);
        subjects.addAll(task.containers());
        return subjects;
    }

    /** Reads a task definition object (register input, the inner object of a describe output, CloudFormation). */
    public static TaskDefinition readTask(JsonObject task, Form form) {
        return readTask(task, form, c -> Optional.empty());
    }

    /**
     * Reads a task definition whose document says of some containers that their image is built from a
     * Dockerfile of the project ({@code builtFrom}: where it says so, for a container definition).
     */
    public static TaskDefinition readTask(JsonObject task, Form form, Function<JsonObject, Optional<Located>> builtFrom) {
        Optional<Sourced<String>> family = member(task, "family").map(TaskDefinitionReader::string);
        Optional<Sourced<String>> networkMode = member(task, "networkMode").map(TaskDefinitionReader::string);
        List<Sourced<String>> compatibilities = strings(member(task, "requiresCompatibilities"));
        Optional<Sourced<Integer>> cpu = member(task, "cpu").map(Sizes::cpuUnits);
        Optional<Sourced<Integer>> memory = member(task, "memory").map(Sizes::memoryMiB);
        boolean fargate = compatibilities.stream().anyMatch(c -> c.known().map("FARGATE"::equalsIgnoreCase)
                .orElse(false));
        TaskContext context = new TaskContext(TaskContext.Origin.ECS, true, networkMode, fargate, cpu, memory);

        Located anchor = family.<Located>map(f -> f).orElse(task);
        List<ContainerSpec> containers = new ArrayList<>();
        for (JsonValue item : member(task, "containerDefinitions").map(JsonValue::elements).orElse(List.of())) {
            item.asObject().ifPresent(c -> containers.add(readContainer(c, context, builtFrom.apply(c))));
        }
        List<Volume> volumes = new ArrayList<>();
        for (JsonValue item : member(task, "volumes").map(JsonValue::elements).orElse(List.of())) {
            item.asObject().ifPresent(v -> volumes.add(readVolume(v)));
        }
        return new TaskDefinition(form, anchor, family, networkMode, compatibilities, cpu, memory,
                member(task, "executionRoleArn").map(TaskDefinitionReader::string),
                member(task, "taskRoleArn").map(TaskDefinitionReader::string),
                member(task, "pidMode").map(TaskDefinitionReader::string),
                member(task, "ipcMode").map(TaskDefinitionReader::string), volumes,
                member(task, "placementConstraints").filter(TaskDefinitionReader::counts).map(v -> v),
                containers, task);
    }

    /** Reads a bare array of container definitions; the task-level settings are not known. */
    public static TaskDefinition readContainerArray(JsonArray array) {
        List<ContainerSpec> containers = new ArrayList<>();
        for (JsonValue item : array.items()) {
            item.asObject().ifPresent(c -> containers.add(readContainer(c, TaskContext.UNKNOWN_ECS_TASK)));
        }
        return new TaskDefinition(Form.CONTAINER_ARRAY, array, Optional.empty(), Optional.empty(), List.of(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), Optional.empty(), containers, asContainerDefinitions(array));
    }

    /** A bare container array as the AWS API spells it: the {@code containerDefinitions} of a task definition. */
    private static JsonObject asContainerDefinitions(JsonArray array) {
        String key = "containerDefinitions";
        return new JsonObject(array.span(), array.pointer(), Map.of(key, new JsonValue.Member(key, array.span(), array)));
    }

    /** Reads one ECS container definition. */
    public static ContainerSpec readContainer(JsonObject c, TaskContext context) {
        return readContainer(c, context, Optional.empty());
    }

    /** Reads one container definition whose image the document builds from a Dockerfile (compose {@code build}). */
    public static ContainerSpec readContainer(JsonObject c, TaskContext context, Optional<Located> builtFrom) {
        Optional<Sourced<String>> name = member(c, "name").map(TaskDefinitionReader::string);
        ContainerSpec.Builder b = ContainerSpec.builder(context, name.<Located>map(n -> n).orElse(c));
        builtFrom.ifPresent(b::builtFrom);
        name.ifPresent(b::name);
        for (JsonValue.Member m : c.members().values()) {
            if (counts(m.value())) {
                b.parameter(m.key(), m.value());
            }
        }
        member(c, "image").map(TaskDefinitionReader::string).map(s -> s.map(ImageRef::parse)).ifPresent(b::image);
        member(c, "user").map(TaskDefinitionReader::string).ifPresent(b::user);
        member(c, "essential").map(TaskDefinitionReader::bool).ifPresent(b::essential);
        member(c, "privileged").map(TaskDefinitionReader::bool).ifPresent(b::privileged);
        member(c, "readonlyRootFilesystem").map(TaskDefinitionReader::bool).ifPresent(b::readonlyRootFilesystem);
        member(c, "cpu").map(Sizes::cpuUnits).ifPresent(b::cpu);
        member(c, "memory").map(Sizes::memoryMiB).ifPresent(b::memory);
        member(c, "memoryReservation").map(Sizes::memoryMiB).ifPresent(b::memoryReservation);
        member(c, "stopTimeout").map(Sizes::integer).ifPresent(b::stopTimeout);
        b.entryPoint(strings(member(c, "entryPoint")));
        b.command(strings(member(c, "command")));
        strings(member(c, "links")).forEach(b::link);
        objects(c, "environment").forEach(e -> member(e, "name").map(TaskDefinitionReader::string)
                .ifPresent(n -> b.environment(new EnvVar(e, n, member(e, "value").map(TaskDefinitionReader::string)))));
        objects(c, "secrets").forEach(s -> member(s, "name").map(TaskDefinitionReader::string)
                .ifPresent(n -> b.secret(new SecretRef(s, n, member(s, "valueFrom").map(TaskDefinitionReader::string)))));
        objects(c, "portMappings").forEach(p -> b.portMapping(new PortMapping(p,
                member(p, "containerPort").map(Sizes::integer), member(p, "hostPort").map(Sizes::integer))));
        objects(c, "dependsOn").forEach(d -> b.dependsOn(new Dependency(d,
                member(d, "containerName").map(TaskDefinitionReader::string),
                member(d, "condition").map(TaskDefinitionReader::string))));
        objects(c, "volumesFrom").forEach(v -> member(v, "sourceContainer").map(TaskDefinitionReader::string)
                .ifPresent(b::volumeFrom));
        objects(c, "mountPoints").forEach(m -> b.mountPoint(new MountPoint(m,
                member(m, "sourceVolume").map(TaskDefinitionReader::string),
                member(m, "containerPath").map(TaskDefinitionReader::string))));
        member(c, "healthCheck").flatMap(JsonValue::asObject).map(TaskDefinitionReader::readHealthCheck)
                .ifPresent(b::healthCheck);
        member(c, "logConfiguration").flatMap(JsonValue::asObject).map(TaskDefinitionReader::readLogConfig)
                .ifPresent(b::logConfiguration);
        member(c, "linuxParameters").flatMap(JsonValue::asObject).ifPresent(lp -> readLinuxParameters(lp, b));
        return b.build();
    }

    private static void readLinuxParameters(JsonObject lp, ContainerSpec.Builder b) {
        for (JsonValue.Member m : lp.members().values()) {
            if (counts(m.value())) {
                b.parameter("linuxParameters." + m.key(), m.value());
            }
        }
        member(lp, "initProcessEnabled").map(TaskDefinitionReader::bool).ifPresent(b::initProcessEnabled);
        member(lp, "capabilities").flatMap(JsonValue::asObject)
                .ifPresent(caps -> strings(member(caps, "add")).forEach(b::capabilityAdded));
    }

    private static HealthCheck readHealthCheck(JsonObject h) {
        Optional<JsonValue> command = member(h, "command");
        return new HealthCheck(h, command.map(v -> v), strings(command),
                member(h, "interval").map(Sizes::integer), member(h, "timeout").map(Sizes::integer),
                member(h, "retries").map(Sizes::integer), member(h, "startPeriod").map(Sizes::integer));
    }

    private static LogConfig readLogConfig(JsonObject l) {
        Map<String, Sourced<String>> options = new LinkedHashMap<>();
        Optional<JsonValue> optionsNode = member(l, "options");
        boolean unresolved = optionsNode.isPresent() && !(optionsNode.get() instanceof JsonObject)
                && !(optionsNode.get() instanceof JsonNull);
        optionsNode.flatMap(JsonValue::asObject).ifPresent(o -> o.members().values()
                .forEach(m -> options.put(m.key(), string(m.value()))));
        List<Sourced<String>> secretOptions = new ArrayList<>();
        objects(l, "secretOptions").forEach(s -> member(s, "name").map(TaskDefinitionReader::string)
                .ifPresent(secretOptions::add));
        return new LogConfig(l, member(l, "logDriver").map(TaskDefinitionReader::string), options, unresolved,
                secretOptions);
    }

    private static Volume readVolume(JsonObject v) {
        Optional<Volume.Efs> efs = member(v, "efsVolumeConfiguration")
                .flatMap(JsonValue::asObject)
                .map(e -> new Volume.Efs(e, member(e, "transitEncryption").map(TaskDefinitionReader::string)));
        return new Volume(v, member(v, "name").map(TaskDefinitionReader::string), efs);
    }

    private static Optional<JsonValue> member(JsonObject object, String name) {
        return object.get(name);
    }

    private static List<JsonObject> objects(JsonObject parent, String name) {
        List<JsonObject> objects = new ArrayList<>();
        member(parent, name).map(JsonValue::elements).orElse(List.of())
                .forEach(v -> v.asObject().ifPresent(objects::add));
        return objects;
    }

    private static List<Sourced<String>> strings(Optional<JsonValue> array) {
        return array.map(JsonValue::elements).orElse(List.of()).stream().map(TaskDefinitionReader::string).toList();
    }

    private static Sourced<String> string(JsonValue node) {
        return scalar(node, v -> node instanceof JsonString s ? s.value() : null);
    }

    /** A boolean; CloudFormation templates often write {@code "true"} as a string, which AWS accepts. */
    private static Sourced<Boolean> bool(JsonValue node) {
        return scalar(node, v -> {
            if (node instanceof JsonBoolean b) {
                return b.value();
            }
            if (node instanceof JsonString s && (s.value().equals("true") || s.value().equals("false"))) {
                return Boolean.parseBoolean(s.value());
            }
            return null;
        });
    }

    private static <T> Sourced<T> scalar(JsonValue node, Function<JsonValue, T> convert) {
        Sourced<T> value = Sourced.of(convert.apply(node), node);
        return value.unresolved() && !(node instanceof JsonString) ? Sourced.unknown(node) : value;
    }

    /** Whether a value counts as a use of its parameter: not false, null, "", [] or {}, nor a placeholder. */
    static boolean counts(JsonValue value) {
        if (value instanceof JsonBoolean b) {
            return b.value();
        }
        if (value instanceof JsonNull) {
            return false;
        }
        if (value instanceof JsonString s) {
            // a whole placeholder (${VAR}, a Terraform variable) may be empty or false: unknown, not a use
            return !s.value().isEmpty() && !Placeholders.isWholeReference(s.value());
        }
        if (value instanceof JsonNumber) {
            return true;
        }
        if (value instanceof JsonArray a) {
            return !a.items().isEmpty();
        }
        if (value instanceof JsonObject o) {
            return !o.members().isEmpty();
        }
        return true; // an expression: set, to a value chosen at deploy time
    }
}
