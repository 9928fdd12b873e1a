package io.elsim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ./elsim launcher on machines with and without Maven and with a missing or too old java.
 * It runs the real launcher script in a copy of the checkout whose java, mvn and mvnw are
 * stand-ins that record what they were asked to do, on a PATH that holds only the tools named
 * here (so whether `mvn` is on it is the test's choice, not the machine's). The real build
 * through ./mvnw on a PATH without mvn is run by .ci/run.
 */
class LauncherTest {
    private static final List<String> TOOLS = List.of(
            "dirname", "find", "mktemp", "rm", "cat", "mv", "sed", "cut", "readlink", "mkdir", "touch");

    @TempDir Path dir;
    private Path checkout;
    private Path bin;
    private Path log;

    @BeforeEach
    void copyTheLauncher() throws IOException {
        checkout = Files.createDirectories(dir.resolve("checkout"));
        bin = Files.createDirectories(dir.resolve("bin"));
        log = dir.resolve("log.txt");
        Files.copy(Path.of("elsim"), checkout.resolve("elsim"));
        for (String tool : TOOLS) {
            Path real = Path.of("/usr/bin", tool);
            if (!Files.exists(real)) real = Path.of("/bin", tool);
            script(bin.resolve(tool), "exec " + real + " \"$@\"\n"); // not a link: @TempDir warns about each
        }
        String build = "echo \"$0 $*\" >> '" + log + "'; mkdir -p target; touch target/elsim.jar\n";
        script(checkout.resolve("mvnw"), build);
        javaOfVersion("17.0.15");
    }

    @Test
    void builds_with_mvn_when_it_is_on_the_path() throws Exception {
        script(bin.resolve("mvn"), "echo \"mvn $*\" >> '" + log + "'; mkdir -p target; touch target/elsim.jar\n");
        Result r = launch("--version");
        assertThat(r.exit).isZero();
        assertThat(r.stderr).contains("building").contains("with Maven").doesNotContain("mvnw");
        assertThat(Files.readString(log).lines()).containsExactly("java -version",
                "mvn -q -B -Dstyle.color=never -DskipTests package",
                "java -jar " + checkout.resolve("target/elsim.jar") + " --version");
    }

    @Test
    void builds_with_the_maven_wrapper_when_there_is_no_mvn() throws Exception {
        Result r = launch("--version");
        assertThat(r.exit).isZero();
        assertThat(r.stderr).contains("the Maven wrapper ./mvnw (no mvn on the PATH");
        assertThat(Files.readString(log).lines()).containsExactly("java -version",
                checkout.resolve("mvnw") + " -q -B -Dstyle.color=never -DskipTests package",
                "java -jar " + checkout.resolve("target/elsim.jar") + " --version");
    }

    @Test
    void a_missing_java_is_one_line_that_says_what_to_install() throws Exception {
        Files.delete(bin.resolve("java"));
        Result r = launch("run");
        assertThat(r.exit).isEqualTo(1);
        assertThat(r.stderr.lines()).containsExactly("elsim: needs Java 17 or newer: install a JDK 17+"
                + " (e.g. apt-get install openjdk-17-jdk, or Temurin 17 from adoptium.net) and put its bin/"
                + " on the PATH (no java found)");
        assertThat(log).doesNotExist();
    }

    @Test
    void a_java_older_than_17_is_refused_before_building() throws Exception {
        javaOfVersion("11.0.2");
        Result r = launch("run");
        assertThat(r.exit).isEqualTo(1);
        assertThat(r.stderr.lines()).singleElement().asString()
                .startsWith("elsim: needs Java 17 or newer").endsWith("java is Java 11.0.2)");
        assertThat(Files.readString(log)).doesNotContain("mvn").doesNotContain("-jar");

        javaOfVersion("1.8.0_292");
        assertThat(launch("run").stderr).endsWith("java is Java 1.8.0_292)\n");
    }

    @Test
    void java_17_and_later_versions_pass_and_the_check_is_remembered() throws Exception {
        for (String version : List.of("17", "21.0.1", "25-ea")) {
            javaOfVersion(version);
            Files.deleteIfExists(checkout.resolve("target/elsim.java"));
            assertThat(launch("--version").exit).as(version).isZero();
        }
        Files.writeString(log, "");
        launch("--version");
        assertThat(Files.readString(log).lines()).as("a second launch with the same java starts no version check")
                .containsExactly("java -jar " + checkout.resolve("target/elsim.jar") + " --version");
    }

    private void javaOfVersion(String version) throws IOException {
        script(bin.resolve("java"), "echo \"java $*\" >> '" + log + "'\n"
                + "if [ \"$1\" = -version ]; then echo 'openjdk version \"" + version + "\" 2025-04-15' >&2; fi\n");
    }

    private static void script(Path path, String body) throws IOException {
        Files.writeString(path, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private record Result(int exit, String stderr) {}

    private Result launch(String... args) throws Exception {
        var command = new java.util.ArrayList<>(List.of("/bin/sh", checkout.resolve("elsim").toString()));
        command.addAll(List.of(args));
        var pb = new ProcessBuilder(command).directory(checkout.toFile());
        pb.environment().clear();
        pb.environment().put("PATH", bin.toString());
        pb.environment().put("ELSIM_CDS", "0");
        Process p = pb.start();
        p.getOutputStream().close();
        String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(stdout).as("stdout").isEmpty();
        return new Result(p.exitValue(), stderr);
    }
}
