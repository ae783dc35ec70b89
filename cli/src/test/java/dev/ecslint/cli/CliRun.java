package dev.ecslint.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** One in-process run of the CLI: exit code and both output streams. */
record CliRun(int exitCode, String out, String err) {

    /** A task definition no rule finds anything in. */
    static final String CLEAN_TASK = """
            {
              "family": "web",
              "networkMode": "awsvpc",
              "requiresCompatibilities": ["FARGATE"],
              "cpu": "256",
              "memory": "512",
              "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
              "containerDefinitions": [
                {
                  "name": "web",
                  "image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.0.0",
                  "user": "1000",
                  "readonlyRootFilesystem": true,
                  "healthCheck": {"command": ["CMD-SHELL", "wget -q -O /dev/null http://localhost:8080/ || exit 1"]},
                  "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "/ecs/web",
                    "awslogs-region": "us-east-1", "awslogs-stream-prefix": "web"}}
                }
              ]
            }
            """;

    static CliRun in(Path workingDirectory, String... args) {
        return withStdin(workingDirectory, "", Map.of(), args);
    }

    static CliRun withStdin(Path workingDirectory, String stdin, Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), env, workingDirectory, false)
                .run(args);
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
