package org.amerules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code .ci/check-release-notes} on a throwaway git repository. */
class ReleaseCheckTest {
    @TempDir
    Path repo;

    private String run(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).directory(repo.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = p.waitFor();
        return exit + ":" + out;
    }

    private void git(String... args) throws Exception {
        String[] cmd = new String[args.length + 5];
        cmd[0] = "git";
        cmd[1] = "-c";
        cmd[2] = "user.email=ci@example.org";
        cmd[3] = "-c";
        cmd[4] = "user.name=ci";
        System.arraycopy(args, 0, cmd, 5, args.length);
        assertThat(run(cmd)).startsWith("0:");
    }

    private int check() throws Exception {
        String out = run("bash", Paths.ROOT.resolve(".ci/check-release-notes").toString(), repo.toString());
        return Integer.parseInt(out.substring(0, out.indexOf(':')));
    }

    @Test
    @DisplayName("a parameter change since the release tag needs a CHANGELOG entry naming its dates")
    void releaseDiscipline() throws Exception {
        Path params = repo.resolve("rules-drl/src/main/resources/parameters/resources");
        Files.createDirectories(params);
        Files.writeString(params.resolve("ceilings.yaml"), "description: v1\n");
        Files.writeString(repo.resolve("CHANGELOG.md"), "# Changelog\n\n## [Unreleased]\n\n## [1.0.0] - 2026-11-01\n- First release.\n");
        git("init", "-q");
        git("add", "-A");
        git("commit", "-qm", "release");
        git("tag", "v1.0.0");
        assertThat(check()).as("nothing changed").isZero();

        Files.writeString(params.resolve("ceilings.yaml"), "description: v2\n");
        assertThat(check()).as("a parameter changed, no entry").isEqualTo(1);

        Files.writeString(repo.resolve("CHANGELOG.md"), "# Changelog\n\n## [Unreleased]\n- New ceilings.\n\n## [1.0.0] - 2026-11-01\n- First release.\n");
        assertThat(check()).as("an entry that names no period").isEqualTo(1);

        Files.writeString(repo.resolve("CHANGELOG.md"), "# Changelog\n\n## [Unreleased]\n- Ceilings for filing dates from 2027-04-01.\n\n## [1.0.0] - 2026-11-01\n- First release.\n");
        assertThat(check()).as("an entry naming the period").isZero();
    }
}
