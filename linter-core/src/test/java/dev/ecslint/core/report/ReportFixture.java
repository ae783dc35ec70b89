package dev.ecslint.core.report;

import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.Finding;
import dev.ecslint.core.model.Location;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One fixed, synthetic lint run that every report format is tested on: several files (one clean, one
 * with a space in its path, one with {@code & : ,} in it), every severity, a suppressed finding,
 * findings with and without pointers, a masked secret, identical lines in one file, two findings at
 * the same place, a tab and Korean text in source lines, a Korean message, and characters that XML,
 * JSON and workflow commands must escape ({@code < > & " % , :} and a newline).
 */
final class ReportFixture {

    static final String DOCKERFILE = "Dockerfile";
    static final String TASK_DEFINITION = "deploy/task-definition.json";
    static final String CLEAN = "deploy/clean-service.json";
    static final String POLICY = "policies/R&D: team, v2.json";
    static final String WEB_DOCKERFILE = "services/web app/Dockerfile";

    /** The literal secret of the CT004 finding: no report may print it. */
    static final String SECRET = "my-password-123";

    private ReportFixture() {
    }

    static LintReport report() {
        Builder run = new Builder();
        run.add(new Finding("DF005", "latest-tag", Severity.WARNING,
                "image `node:latest` uses the `latest` tag; pin a version such as `node:20.11-alpine` or a digest",
                span(DOCKERFILE, 1, 6, 17), "Pin the image to a version tag or a digest.", null),
                "FROM node:latest");
        run.add(new Finding("DF020", "consecutive-run", Severity.STYLE,
                "3 consecutive RUN instructions; join them with && to save layers",
                span(DOCKERFILE, 4, 1, 4), null, null).suppressedBy(
                        Finding.Suppression.because(true, "kept apart for the build cache")),
                "RUN apt-get update");
        run.add(new Finding("DF001", "root-user", Severity.ERROR,
                "the final stage runs as \"root\" & no USER <non-root> follows; add `USER app` before CMD",
                span(DOCKERFILE, 9, 1, 10), "Create an unprivileged user and switch to it with `USER`.", null),
                "USER root");
        run.add(new Finding("TD010", "missing-task-role", Severity.INFO,
                "작업 정의에 taskRoleArn이 없습니다: 컨테이너가 인스턴스 역할을 쓰게 됩니다, 최소 권한 역할을 지정하세요",
                span(TASK_DEFINITION, 2, 13, 18).withPointer("/family"), "taskRoleArn에 최소 권한 역할을 지정하세요.", null),
                "  \"family\": \"web\",");
        run.add(new Finding("E002", "schema-violation", Severity.ERROR,
                "cpu \"100%\" is not a valid task size,\nexpected one of: 256, 512, 1024, 2048, 4096",
                span(TASK_DEFINITION, 7, 10, 16).withPointer("/cpu"), null, null),
                "  \"cpu\": \"100%\",");
        run.add(new Finding("E002", "schema-violation", Severity.ERROR,
                "cpu must be a string of digits",
                span(TASK_DEFINITION, 7, 10, 16).withPointer("/cpu"), null, null),
                "  \"cpu\": \"100%\",");
        run.add(new Finding("CT010", "missing-health-check", Severity.WARNING,
                "container \"웹-서버\" has no healthCheck; ECS cannot replace it when it hangs",
                span(TASK_DEFINITION, 11, 17, 23).withPointer("/containerDefinitions/0/name"),
                "Add a healthCheck command that exits 0 when the container serves.", null),
                "        \"name\": \"웹-서버\",");
        run.add(new Finding("CT004", "secret-in-environment", Severity.ERROR,
                "environment variable DB_PASSWORD holds a literal secret (my***); use secrets/valueFrom",
                span(TASK_DEFINITION, 14, 20, 37).withPointer("/containerDefinitions/0/environment/1/value"),
                "Store the value in Secrets Manager and reference it under `secrets` with `valueFrom`.", null),
                "          \"value\": \"" + SECRET + "\"");
        run.add(new Finding("LP003", "untagged-never-expire", Severity.WARNING,
                "rule 1 keeps <all> images & never expires untagged ones; add a rule with tagStatus \"untagged\"",
                new Location(POLICY, 3, 5, 10, 6, "/rules/0"),
                "Add a rule that expires untagged images after a few days.", null),
                "    {");
        run.add(new Finding("DF005", "latest-tag", Severity.WARNING,
                "image `node:latest` uses the `latest` tag; pin a version such as `node:20.11-alpine` or a digest",
                span(WEB_DOCKERFILE, 1, 6, 17), "Pin the image to a version tag or a digest.", null),
                "FROM node:latest AS build");
        run.add(new Finding("DF030", "instruction-casing", Severity.STYLE,
                "instruction `run` is not upper case; write `RUN`",
                span(WEB_DOCKERFILE, 3, 2, 5), "Write instructions in upper case.", null),
                "\trun npm ci");
        run.add(new Finding("DF005", "latest-tag", Severity.WARNING,
                "image `node:latest` uses the `latest` tag; pin a version such as `node:20.11-alpine` or a digest",
                span(WEB_DOCKERFILE, 5, 6, 17), "Pin the image to a version tag or a digest.", null),
                "FROM node:latest AS build");
        return run.build("0.1.0", List.of(DOCKERFILE, CLEAN, TASK_DEFINITION, POLICY, WEB_DOCKERFILE));
    }

    static Location span(String path, int line, int column, int endColumn) {
        return new Location(path, line, column, line, endColumn, null);
    }

    /** Collects findings with their source lines. */
    static final class Builder {
        private final List<Finding> findings = new ArrayList<>();
        private final Map<String, String> snippets = new HashMap<>();

        Builder add(Finding finding, String sourceLine) {
            findings.add(finding);
            snippets.put(LintReport.snippetKey(finding), sourceLine);
            return this;
        }

        LintReport build(String version, List<String> files) {
            List<Finding> ordered = new ArrayList<>(findings);
            ordered.sort(Finding.ORDER);
            return new LintReport(version, files.stream().sorted().toList(), ordered, rules(), snippets);
        }
    }

    /** Complete metadata for every rule of the fixture, sorted by id. */
    static List<RuleMeta> rules() {
        return List.of(
                RuleMeta.builder("CT004", "secret-in-environment")
                        .title("Keep secrets out of container environment variables")
                        .severity(Severity.ERROR).category(Category.SECURITY)
                        .kinds(DocumentKind.TASK_DEFINITION, DocumentKind.CLOUDFORMATION, DocumentKind.COMPOSE)
                        .rationale("Environment values are stored in the task definition in clear text and shown"
                                + " by `describe-task-definition` to anyone allowed to read it.")
                        .fix("Reference the secret under `secrets` with `valueFrom` (Secrets Manager or SSM).")
                        .bad("task-definition.json", "{\"containerDefinitions\": [{\"name\": \"app\", \"environment\":"
                                + " [{\"name\": \"DB_PASSWORD\", \"value\": \"hunter22\"}]}]}")
                        .good("task-definition.json", "{\"containerDefinitions\": [{\"name\": \"app\", \"secrets\":"
                                + " [{\"name\": \"DB_PASSWORD\", \"valueFrom\": \"arn:aws:secretsmanager:eu-west-1:"
                                + "123456789012:secret:db\"}]}]}")
                        .references("https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html")
                        .equivalents("CKV_AWS_97", "ECS.8")
                        .build(),
                RuleMeta.builder("CT010", "missing-health-check")
                        .title("Give essential containers a health check")
                        .severity(Severity.WARNING).category(Category.RELIABILITY)
                        .kinds(DocumentKind.TASK_DEFINITION, DocumentKind.COMPOSE)
                        .rationale("Without a health check ECS only notices a container that exits, not one that hangs.")
                        .fix("Add `healthCheck` with a command that exits 0 when the container serves.")
                        .bad("task-definition.json", "{\"containerDefinitions\": [{\"name\": \"app\"}]}")
                        .good("task-definition.json", "{\"containerDefinitions\": [{\"name\": \"app\", \"healthCheck\":"
                                + " {\"command\": [\"CMD-SHELL\", \"curl -f http://localhost/ || exit 1\"]}}]}")
                        .references("ECS health checks: https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_HealthCheck.html")
                        .build(),
                RuleMeta.builder("DF001", "root-user")
                        .title("Run the final stage as a non-root user")
                        .severity(Severity.ERROR).category(Category.SECURITY)
                        .kinds(DocumentKind.DOCKERFILE)
                        .rationale("A process running as root inside the container is root on the host if it escapes.")
                        .fix("Create an unprivileged user and switch to it with `USER` in the final stage.")
                        .bad("Dockerfile", "FROM node:20.11-alpine\nCMD [\"node\", \"server.js\"]\n")
                        .good("Dockerfile", "FROM node:20.11-alpine\nUSER node\nCMD [\"node\", \"server.js\"]\n")
                        .references("https://docs.docker.com/build/building/best-practices/#user")
                        .equivalents("DL3002", "CKV_DOCKER_3", "DS002")
                        .build(),
                RuleMeta.builder("DF005", "latest-tag")
                        .title("Pin image versions instead of using latest")
                        .severity(Severity.WARNING).category(Category.RELIABILITY)
                        .kinds(DocumentKind.DOCKERFILE)
                        .rationale("`latest` moves: the same Dockerfile builds a different image tomorrow.")
                        .fix("Pin a version tag such as `node:20.11-alpine`, or a digest.")
                        .bad("Dockerfile", "FROM node:latest\n")
                        .good("Dockerfile", "FROM node:20.11-alpine\n")
                        .references("https://docs.docker.com/reference/dockerfile/#from")
                        .equivalents("DL3007", "CKV_DOCKER_7")
                        .build(),
                RuleMeta.builder("DF020", "consecutive-run")
                        .title("Join consecutive RUN instructions")
                        .severity(Severity.STYLE).category(Category.EFFICIENCY)
                        .kinds(DocumentKind.DOCKERFILE)
                        .rationale("Each RUN adds a layer; files deleted in a later layer still ship in the image.")
                        .fix("Join the commands with `&&` in one RUN.")
                        .bad("Dockerfile", "FROM debian:12\nRUN apt-get update\nRUN apt-get install -y curl\n")
                        .good("Dockerfile", "FROM debian:12\nRUN apt-get update && apt-get install -y curl\n")
                        .references("https://docs.docker.com/build/building/best-practices/#run")
                        .equivalents("DL3059")
                        .build(),
                RuleMeta.builder("DF030", "instruction-casing")
                        .title("Write instructions in upper case")
                        .severity(Severity.STYLE).category(Category.MAINTAINABILITY)
                        .kinds(DocumentKind.DOCKERFILE)
                        .rationale("Upper-case instructions set them apart from their arguments.")
                        .fix("Write `RUN`, not `run`.")
                        .bad("Dockerfile", "FROM debian:12\nrun echo hi\n")
                        .good("Dockerfile", "FROM debian:12\nRUN echo hi\n")
                        .references("https://docs.docker.com/reference/build-checks/consistent-instruction-casing/")
                        .build(),
                RuleMeta.builder("E002", "schema-violation")
                        .title("Documents must match the AWS API shape")
                        .severity(Severity.ERROR).category(Category.CORRECTNESS)
                        .rationale("AWS rejects a document with a missing field, a wrong type or an unknown value.")
                        .fix("Correct the value the message points to.")
                        .bad("task-definition.json", "{\"family\": 3, \"containerDefinitions\": []}")
                        .good("task-definition.json", "{\"family\": \"web\", \"containerDefinitions\": []}")
                        .references("https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html")
                        .build(),
                RuleMeta.builder("LP003", "untagged-never-expire")
                        .title("Expire untagged images")
                        .severity(Severity.WARNING).category(Category.EFFICIENCY)
                        .kinds(DocumentKind.LIFECYCLE_POLICY, DocumentKind.CLOUDFORMATION)
                        .rationale("Every push leaves the previous image untagged; without a rule they are kept and billed forever.")
                        .fix("Add a rule with `tagStatus: untagged` and `countType: sinceImagePushed`.")
                        .bad("lifecycle-policy.json", "{\"rules\": []}")
                        .good("lifecycle-policy.json", "{\"rules\": [{\"rulePriority\": 1, \"selection\": {\"tagStatus\":"
                                + " \"untagged\", \"countType\": \"sinceImagePushed\", \"countUnit\": \"days\","
                                + " \"countNumber\": 14}, \"action\": {\"type\": \"expire\"}}]}")
                        .references("https://docs.aws.amazon.com/AmazonECR/latest/userguide/LifecyclePolicies.html")
                        .build(),
                RuleMeta.builder("TD010", "missing-task-role")
                        .title("Give the task its own least-privilege role")
                        .severity(Severity.INFO).category(Category.SECURITY)
                        .kinds(DocumentKind.TASK_DEFINITION, DocumentKind.CLOUDFORMATION)
                        .rationale("Without `taskRoleArn` the containers have no AWS credentials of their own.")
                        .fix("Set `taskRoleArn` to a role that allows only what the application calls.")
                        .bad("task-definition.json", "{\"family\": \"web\", \"containerDefinitions\": []}")
                        .good("task-definition.json", "{\"family\": \"web\", \"taskRoleArn\":"
                                + " \"arn:aws:iam::123456789012:role/web\", \"containerDefinitions\": []}")
                        .references("https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html")
                        .build());
    }
}
