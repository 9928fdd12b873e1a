package io.elsim.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attacks and accidents on the YAML layer (docs/limits.md): each is refused or handled within
 * two seconds, as {@code file:line:column: message} problems, never as a crash or a hang.
 */
class HostileYamlTest {
    private static final Duration QUICK = Duration.ofSeconds(2);
    private static final String STATIONS = "stations:\n  - {name: a, cycle: 1}\n";

    @TempDir Path dir;

    private static List<String> problems(String yaml) {
        ConfigException e = assertTimeoutPreemptively(QUICK, () -> catchThrowableOfType(ConfigException.class,
                () -> ConfigLoader.load("bad.yaml", yaml, List.of())));
        assertThat(e).as("expected a ConfigException").isNotNull();
        List<String> out = e.problems().stream().map(Problem::toString).toList();
        assertThat(out).allSatisfy(p -> assertThat(p).matches("(?s)bad\\.yaml:\\d+:\\d+: .+"));
        return out;
    }

    private List<String> fileProblems(Path file) {
        ConfigException e = assertTimeoutPreemptively(QUICK, () -> catchThrowableOfType(ConfigException.class,
                () -> ConfigLoader.load(file, List.of())));
        assertThat(e).as("expected a ConfigException").isNotNull();
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void billionLaughsIsRefusedWithoutExpandingAnything() {
        StringBuilder y = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i <= 9; i++) {
            y.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 20; j++) y.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            y.append("]\n");
        }
        y.append(STATIONS);
        List<String> p = problems(y.toString());
        assertThat(p.get(0)).startsWith("bad.yaml:1:1: unknown key 'a0'");
        assertThat(p).anySatisfy(s -> assertThat(s).contains("YAML aliases (*a0) are not supported"));
        // a flood of identical complaints is cut short
        assertThat(p.size()).isLessThanOrEqualTo(ConfigLoader.MAX_PROBLEMS + 1);
        assertThat(p.get(p.size() - 1)).contains("more problems not shown");
    }

    @Test
    void deepNestingIsRefusedAtItsDepth() {
        String lists = "stations: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
        assertThat(problems(lists)).singleElement().asString()
                .startsWith("bad.yaml:1:" + (10 + YamlTreeReader.MAX_DEPTH) + ": the YAML nests deeper than "
                        + YamlTreeReader.MAX_DEPTH + " levels");
        String maps = "stations: " + "{a: ".repeat(10_000) + "1" + "}".repeat(10_000) + "\n";
        assertThat(problems(maps)).singleElement().asString().contains("nests deeper than");
        StringBuilder block = new StringBuilder();
        for (int i = 0; i < 2_000; i++) block.append(" ".repeat(i)).append("- \n");
        assertThat(problems("stations:\n" + block).get(0)).contains("nests deeper than");
    }

    @Test
    void aFiftyMegabyteFileIsRefusedBeforeParsing() throws IOException {
        Path big = dir.resolve("big.yaml");
        byte[] line = "# padding padding padding padding padding padding padding padding padding pad\n"
                .getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(big)) {
            out.write(STATIONS.getBytes(StandardCharsets.UTF_8));
            for (long n = 0; n < 50L * 1024 * 1024; n += line.length) out.write(line);
        }
        assertThat(fileProblems(big)).singleElement().asString()
                .isEqualTo(big + ":1:1: the file is 50.0 MB; a config may be at most 10 MB (see docs/limits.md)");
    }

    @Test
    void aLongScalarIsRefused() {
        String yaml = "name: " + "x".repeat(YamlTreeReader.MAX_SCALAR_CHARS + 1) + "\n" + STATIONS;
        assertThat(problems(yaml)).singleElement().asString()
                .startsWith("bad.yaml:1:7: a value of " + (YamlTreeReader.MAX_SCALAR_CHARS + 1) + " characters");
    }

    @Test
    void hugeNumbersAreRefusedNotInfinite() {
        assertThat(problems("seed: " + "9".repeat(5_000) + "\n" + STATIONS)).singleElement().asString()
                .startsWith("bad.yaml:1:7:");
        assertThat(problems("horizon: 1e400\n" + STATIONS)).singleElement().asString().startsWith("bad.yaml:1:10:");
        assertThat(problems("horizon: .inf\n" + STATIONS)).singleElement().asString().startsWith("bad.yaml:1:10:");
        assertThat(problems("horizon: .nan\n" + STATIONS)).singleElement().asString().startsWith("bad.yaml:1:10:");
    }

    @Test
    void binaryGarbageIsRefused() throws IOException {
        byte[] bytes = new byte[64 * 1024];
        new Random(42).nextBytes(bytes);
        Path bin = dir.resolve("garbage.yaml");
        Files.write(bin, bytes);
        assertThat(fileProblems(bin)).singleElement().asString().isEqualTo(bin + ":1:1: the file is not UTF-8 text");

        // valid UTF-8 but control characters: the parser's complaint, at its position
        assertThat(problems("seed: 1\nname: ab\u0000\u0001\u0002\n" + STATIONS)).singleElement().asString()
                .isEqualTo("bad.yaml:2:9: the control character U+0000 is not allowed in YAML (is this a binary file?)");
    }

    @Test
    void aUtf8ByteOrderMarkIsAccepted() throws Exception {
        Path bom = dir.resolve("bom.yaml");
        byte[] text = ("seed: 3\n" + STATIONS).getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        Files.write(bom, withBom);
        assertThat(ConfigLoader.load(bom, List.of()).spec().seed()).isEqualTo(3);
        // and a position after it still counts from column 1
        Files.write(bom, concat(withBom, "bogus: 1\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(fileProblems(bom)).singleElement().asString().startsWith(bom + ":4:1: unknown key 'bogus'");
    }

    @Test
    void tabsIndentingAreAnErrorButTabsInsideValuesAreFine() throws Exception {
        assertThat(problems("stations:\n\t- {name: a, cycle: 1}\n").get(0)).startsWith("bad.yaml:2:1: malformed YAML");
        // (a name is the exception: a tab is a control character there, see NameRuleTest)
        assertThat(ConfigLoader.load("ok.yaml", "horizon: \"1w\\t\t\"\nseed: 4\t# a tab before a comment\n" + STATIONS, List.of()).spec().seed())
                .isEqualTo(4);
    }

    @Test
    void duplicateKeysAreAnErrorNotLastWins() {
        assertThat(problems("seed: 1\nseed: 2\n" + STATIONS)).singleElement().asString()
                .isEqualTo("bad.yaml:2:1: duplicate key 'seed' (first written at line 1); a key may appear only once in a mapping");
        assertThat(problems("stations:\n  - {name: a, cycle: 1, cycle: 2}\n")).singleElement().asString()
                .startsWith("bad.yaml:2:25: duplicate key 'cycle'");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = new byte[a.length + b.length];
        System.arraycopy(a, 0, c, 0, a.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
