package dev.ecslint.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Lints the Dockerfiles, ECS task definitions, services, clusters, ECR repositories and lifecycle
 * policies of this module and fails the build when a finding reaches the configured severity.
 * Parameter names follow maven-checkstyle-plugin and maven-pmd-plugin.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.NONE)
public class CheckMojo extends AbstractMojo {

    /** Skip the check. */
    @Parameter(property = "ecslint.skip", defaultValue = "false")
    private boolean skip;

    /** Fail the build when a finding is at or above {@code failOn}; when false, only log them. */
    @Parameter(property = "ecslint.failOnViolation", defaultValue = "true")
    private boolean failOnViolation;

    /**
     * The lowest severity that fails the build: {@code error}, {@code warning}, {@code info},
     * {@code style}, or {@code none}. Default: the configuration's {@code failOn}, else {@code error}.
     */
    @Parameter(property = "ecslint.failOn")
    private String failOn;

    /** A configuration for every file, instead of the nearest {@code .ecslint.yaml} above each file. */
    @Parameter(property = "ecslint.configFile")
    private File configFile;

    /**
     * Directories (or single files) to lint. Default: the module's base directory. The directories of
     * the reactor's modules below this one are never linted here: each module lints its own.
     */
    @Parameter
    private List<File> sourceDirectories;

    /**
     * Ant-style globs relative to each source directory ({@code **} crosses directories). Default:
     * every file ecslint recognises by name (Dockerfiles, JSON, YAML, Terraform {@code *.tf} and
     * {@code *.tf.json}).
     */
    @Parameter(property = "ecslint.includes")
    private List<String> includes;

    /** Ant-style globs of files and directories to skip. {@code target/} is always skipped. */
    @Parameter(property = "ecslint.excludes")
    private List<String> excludes;

    /**
     * Report formats written to {@code outputDirectory} besides {@code ecslint.json} (always written):
     * {@code text}, {@code sarif}, {@code checkstyle}, {@code junit}, {@code gitlab}, {@code github}.
     */
    @Parameter(property = "ecslint.formats")
    private List<String> formats;

    /** Where the reports go. */
    @Parameter(property = "ecslint.outputDirectory", defaultValue = "${project.build.directory}/ecslint")
    private File outputDirectory;

    /**
     * The language of the log and the reports: {@code ko} or {@code en}. Default: {@code ECSLINT_LANG}, else
     * a locale ({@code LC_ALL}, {@code LC_MESSAGES}, {@code LANG}) starting with {@code ko}, else English.
     */
    @Parameter(property = "ecslint.lang")
    private String lang;

    /** Log each finding as {@code path:[line,column] ID name: message}. */
    @Parameter(property = "ecslint.consoleOutput", defaultValue = "true")
    private boolean consoleOutput;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("ecslint: skipped (ecslint.skip)");
            return;
        }
        Path basedir = project.getBasedir().toPath().toAbsolutePath().normalize();
        CheckSettings settings = new CheckSettings(basedir, sourceDirectories(basedir), excludedDirectories(basedir),
                split(includes), split(excludes), Optional.ofNullable(configFile).map(File::toPath),
                Optional.ofNullable(failOn), split(formats), outputDirectory.toPath(), consoleOutput, failOnViolation,
                Optional.ofNullable(lang));
        // the plugin realm: it holds the built-in rules and every rule jar in the plugin's <dependencies>
        new EcslintCheck(getClass().getClassLoader()).run(settings, getLog());
    }

    /** Filled here, not with a default value: Maven cannot default a list parameter (MNG-5440). */
    private List<Path> sourceDirectories(Path basedir) {
        if (sourceDirectories == null || sourceDirectories.isEmpty()) {
            return List.of(basedir);
        }
        return sourceDirectories.stream().map(f -> basedir.resolve(f.toPath()).normalize()).toList();
    }

    /** The reactor's modules below this one lint themselves; build output is never linted. */
    private List<Path> excludedDirectories(Path basedir) {
        List<Path> excluded = new ArrayList<>();
        for (String module : project.getModules()) {
            Path path = basedir.resolve(module).normalize();
            // a <module> may name the module's pom file instead of its directory
            excluded.add(Files.isRegularFile(path) ? path.getParent() : path);
        }
        for (MavenProject other : session.getProjects()) {
            if (other != project && other.getBasedir() != null) {
                excluded.add(other.getBasedir().toPath());
            }
        }
        excluded.add(Path.of(project.getBuild().getDirectory()));
        excluded.add(outputDirectory.toPath());
        return excluded;
    }

    /** List parameters given as a user property arrive as one comma-separated entry. */
    private static List<String> split(List<String> values) {
        List<String> split = new ArrayList<>();
        if (values != null) {
            for (String value : values) {
                for (String part : value.split(",")) {
                    if (!part.isBlank()) {
                        split.add(part.strip());
                    }
                }
            }
        }
        return split;
    }
}
