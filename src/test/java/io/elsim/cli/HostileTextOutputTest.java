package io.elsim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzed names, paths, --set and --vary values (fixed seed) through every command that prints
 * them: no table, CSV, JSON or message output holds a control character other than the line
 * feed (and CSV's CR LF record ends), nor a C1 or bidirectional control, whatever the input.
 */
class HostileTextOutputTest {
    @TempDir Path dir;

    private static final String LINE = """
            horizon: 1h
            release: {takt: 60s}
            stations:
              - {name: a, cycle: 30s}
              - {name: NAME, cycle: 40s, buffer: 1}
            """;

    /** Characters that act on a terminal: every C0 control but NUL, DEL, C1, bidi and line separators. */
    private static final String CONTROLS = controls();
    /** What else a hostile name or path holds: formula starts, quotes, format and placeholder syntax. */
    private static final String OTHERS = "=+-@'\"\\%{}[]:;,# é.1abc";

    private static String controls() {
        StringBuilder sb = new StringBuilder();
        for (char c = 1; c < 0x20; c++) sb.append(c);
        return sb.append("\u007f\u0085\u009b\u009d\u2028\u2029\u202a\u202e\u2066\u2069").toString();
    }

    /** Four control characters and up to four others, shuffled, sometimes led by a screen-clearing sequence. */
    private static String hostile(Random random) {
        List<Character> chars = new ArrayList<>();
        for (int n = 0; n < 4; n++) chars.add(CONTROLS.charAt(random.nextInt(CONTROLS.length())));
        for (int n = random.nextInt(5); n > 0; n--) chars.add(OTHERS.charAt(random.nextInt(OTHERS.length())));
        java.util.Collections.shuffle(chars, random);
        StringBuilder sb = new StringBuilder(random.nextBoolean() ? "\u001b[2J" : "");
        chars.forEach(sb::append);
        return sb.toString();
    }

    /** The text as a YAML double-quoted scalar: every character that is not printable ASCII as an escape. */
    private static String yamlQuoted(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') sb.append('\\').append(c);
            else if (c >= 0x20 && c < 0x7f) sb.append(c);
            else sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
        }
        return sb.append('"').toString();
    }

    private final List<String> failures = new ArrayList<>();

    /** Records every forbidden character in an output; {@code crlf}: CSV, whose records end in CR LF. */
    private void check(String what, String text, boolean crlf) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineEnd = c == '\n' || (crlf && c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n');
            boolean control = (c < 0x20 && !lineEnd) || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029
                    || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
            if (control) {
                failures.add(String.format(Locale.ROOT, "%s: U+%04X at %d in %s", what, (int) c, i,
                        io.elsim.model.Printable.escape(text.substring(Math.max(0, i - 40), Math.min(text.length(), i + 20)))));
                return;
            }
        }
    }

    private Cli run(String what, boolean csv, String... args) {
        Cli r = Cli.run(args);
        check(what + " stdout", r.out(), csv);
        check(what + " stderr", r.err(), false);
        assertThat(r.err()).as(what).doesNotContain("Exception").doesNotContain("elsim: internal error");
        return r;
    }

    @Test
    void noOutputCarriesAControlCharacterWhateverTheNamesPathsAndValues() throws IOException {
        Random random = new Random(2026);
        int runs = 0;
        for (int k = 0; k < 8; k++) {
            String s = hostile(random);
            String tag = "case " + k + " " + io.elsim.model.Printable.escape(s);

            // as a station name: refused with a message
            Path cfg = dir.resolve("c" + k + ".yaml");
            Files.writeString(cfg, LINE.replace("NAME", yamlQuoted(s)), StandardCharsets.UTF_8);
            assertThat(run(tag + " validate", false, "validate", cfg.toString()).exit()).as(tag).isEqualTo(2);
            // the same name with --set, and as a value of a numeric key and of a --vary
            Path good = dir.resolve("good" + k + ".yaml");
            Files.writeString(good, LINE.replace("NAME", "b"), StandardCharsets.UTF_8);
            run(tag + " --set name", false, "run", good.toString(), "--no-progress", "--set", "stations.b.name=" + s);
            run(tag + " --set horizon", false, "run", good.toString(), "--no-progress", "--set", "horizon=" + s);
            run(tag + " --vary", false, "sweep", good.toString(), "--no-progress", "--vary", "stations.b.buffer=1," + s);
            run(tag + " --vary key", false, "sweep", good.toString(), "--no-progress", "--vary", s + "=1,2");
            run(tag + " option", false, "run", good.toString(), "--no-progress", "--" + s);
            run(tag + " --table", false, "run", good.toString(), "--no-progress", "--table", s);
            run(tag + " --format", false, "run", good.toString(), "--no-progress", "--format", s);
            runs += 8;

            // as a file name: missing, present with and without a name: key, as an output and a chart
            String fileName = s.replace('/', '_').replace('\u0000', '_');
            Path named;
            try {
                named = dir.resolve(fileName + ".yaml");
            } catch (InvalidPathException e) {
                continue;
            }
            run(tag + " missing file", false, "run", named.toString(), "--no-progress");
            run(tag + " missing merge", false, "merge", named.toString());
            Files.writeString(named, LINE.replace("NAME", "b"), StandardCharsets.UTF_8);
            run(tag + " file name as line name", false, "run", named.toString(), "--no-progress");
            run(tag + " validate path", false, "validate", named.toString());
            run(tag + " two plants", false, "run", named.toString(), good.toString(), "--no-progress");
            run(tag + " output dir", false, "run", good.toString(), "--no-progress", "--output",
                    dir.resolve(fileName).resolve("out.csv").toString());
            run(tag + " chart", false, "run", good.toString(), "--no-progress", "--chart", named.toString());
            runs += 7;
        }
        assertThat(runs).as("no case skipped").isEqualTo(8 * 15);
        assertThat(failures).isEmpty();
    }

    /** The cases that printed raw before: a hostile line name in the tables and on the INFO line, and a path in an error. */
    @Test
    void theIssuesExamplesPrintEscaped() throws IOException {
        Path cfg = dir.resolve("line.yaml");
        Files.writeString(cfg, LINE.replace("NAME", "b"), StandardCharsets.UTF_8);
        Path evil = dir.resolve("evil\u001b]0;title\u0007.yaml");
        Files.writeString(evil, LINE.replace("NAME", "b"), StandardCharsets.UTF_8);

        Cli missing = run("missing", false, "run", dir.resolve("a\u001b[2Jb.yaml").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("a\\x1b[2Jb.yaml:1:1: no such file");

        Cli twoPlants = run("two plants", false, "run", evil.toString(), cfg.toString(), "--no-progress");
        assertThat(twoPlants.exit()).isEqualTo(2);
        assertThat(twoPlants.err()).contains("evil\\x1b]0;title\\x07");

        Cli option = run("option", false, "run", "--x\u001b[31m");
        assertThat(option.exit()).isEqualTo(2);
        assertThat(option.err()).contains("--x\\x1b[31m");

        assertThat(failures).isEmpty();
    }
}
