package dev.ecslint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LintScopeTest {

    private static final Path BASE = Path.of("/repo/parent");

    @Test
    void excludesModulesBelowTheRootAnchoredAtIt() {
        LintScope scope = LintScope.of(List.of(BASE),
                List.of(BASE.resolve("child"), BASE.resolve("services/api"), Path.of("/repo/sibling"), BASE),
                List.of());

        assertThat(scope.roots()).containsExactly(
                new LintScope.Root(BASE, List.of("child/**", "services/api/**")));
    }

    @Test
    void keepsTheUsersExcludesAndAddsTheBuildDirectory() {
        LintScope scope = LintScope.of(List.of(BASE), List.of(BASE.resolve("build")), List.of("legacy/**"));

        assertThat(scope.roots().get(0).excludes()).containsExactly("legacy/**", "build/**");
    }

    @Test
    void aSourceDirectoryInsideAnotherIsWalkedOnlyOnItsOwn() {
        Path docker = BASE.resolve("src/docker");
        LintScope scope = LintScope.of(List.of(BASE, docker, BASE.resolve("./src/docker")), List.of(), List.of());

        assertThat(scope.roots()).containsExactly(
                new LintScope.Root(BASE, List.of("src/docker/**")),
                new LintScope.Root(docker, List.of()));
    }

    @Test
    void directoriesOutsideEveryRootChangeNothing() {
        Path deploy = BASE.resolve("deploy");
        LintScope scope = LintScope.of(List.of(deploy), List.of(BASE.resolve("child"), BASE.resolve("target")),
                List.of());

        assertThat(scope.roots()).containsExactly(new LintScope.Root(deploy, List.of()));
    }
}
