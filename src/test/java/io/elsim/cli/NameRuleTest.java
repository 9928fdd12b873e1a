package io.elsim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names are identifiers: every forbidden form at every name-bearing key, written in the YAML or
 * given with --set, is exit 2 with the position of the name and the reason in words.
 */
class NameRuleTest {
    @TempDir Path dir;

    /** One name-bearing key: where its value is written in {@link #TEMPLATE} and its path in messages. */
    private record Key(String slot, int line, int column, String path) { }

    private static final List<Key> KEYS = List.of(
            new Key("LINE", 1, 7, "name"),
            new Key("PRODUCT", 3, 3, "products."),
            new Key("STATION", 5, 11, "stations[0].name"),
            new Key("SITE", 10, 9, "site.name"),
            new Key("PART", 14, 11, "parts[0].name"),
            new Key("SUPPLIER", 17, 11, "suppliers[0].name"));

    private static final String TEMPLATE = """
            name: LINE
            products:
              PRODUCT: {share: 1}
            stations:
              - name: STATION
                cycle: 60s
              - name: marriage
                cycle: 55s
            site:
              name: SITE
              lat: 50.36
              lon: 3.04
            parts:
              - name: PART
                station: marriage
            suppliers:
              - name: SUPPLIER
                distance_km: 10
                parts: [PART]
                truck: {capacity: 24}
                policy: {every: 4h}
            """;

    private static final List<String> GOOD = List.of("Douai", "R5", "framing", "Douai", "battery-pack", "AESC Douai");

    /** A forbidden form: how it is written in YAML (a double-quoted scalar), and a word its message must hold. */
    private record Form(String yaml, String reason) { }

    private static final List<Form> FORMS = List.of(
            new Form("\"a\\x1b[2Jb\"", "control character \\x1b"),            // C0: ESC, clears the screen
            new Form("\"evil\\x1b]0;title\\x07\"", "control character \\x1b"), // OSC: retitles the window
            new Form("\"a\\x00b\"", "control character \\x00"),
            new Form("\"a\\tb\"", "control character \\x09"),
            new Form("\"a\\x7fb\"", "control character \\x7f"),                // DEL
            new Form("\"a\\x9b2Jb\"", "control character \\x9b"),              // C1: CSI
            new Form("\"a\\u202eb\"", "bidirectional control \\u202e"),
            new Form("\"a\\nb\"", "line break (\\x0a)"),
            new Form("\"a\\rb\"", "line break (\\x0d)"),
            new Form("\"a\\x85b\"", "line break (\\x85)"),                      // NEL
            new Form("\"a\\u2028b\"", "line break (\\u2028)"),
            new Form("\"=1+2\"", "starts with '=', which a spreadsheet would run as a formula"),
            new Form("\"=HYPERLINK(\\\"http://x\\\",\\\"click\\\")\"", "starts with '='"),
            new Form("\"+1\"", "starts with '+', which a spreadsheet would run as a formula"),
            new Form("\"-x\"", "starts with '-', which a spreadsheet would run as a formula"),
            new Form("\"@SUM(A1)\"", "starts with '@', which a spreadsheet would run as a formula"));

    private static String config(int badKey, String badYaml) {
        String text = TEMPLATE;
        for (int k = 0; k < KEYS.size(); k++) {
            String value = k == badKey ? badYaml : GOOD.get(k);
            text = text.replace(KEYS.get(k).slot(), value);
        }
        return text;
    }

    @Test
    void theTemplateItselfIsValid() throws IOException {
        Path file = dir.resolve("good.yaml");
        Files.writeString(file, config(-1, null), StandardCharsets.UTF_8);
        Cli r = Cli.run("validate", file.toString());
        assertThat(r.exit()).as(r.err()).isZero();
    }

    @Test
    void everyForbiddenFormAtEveryNameKeyIsExit2AtItsPosition() throws IOException {
        List<String> failures = new ArrayList<>();
        for (int k = 0; k < KEYS.size(); k++) {
            Key key = KEYS.get(k);
            for (int f = 0; f < FORMS.size(); f++) {
                Form form = FORMS.get(f);
                Path file = dir.resolve("k" + k + "f" + f + ".yaml");
                Files.writeString(file, config(k, form.yaml()), StandardCharsets.UTF_8);
                Cli r = Cli.run("validate", file.toString());
                String at = file + ":" + key.line() + ":" + key.column() + ": " + key.path();
                boolean ok = r.exit() == 2 && r.err().lines().anyMatch(l -> l.startsWith(at) && l.contains(form.reason()))
                        && r.err().chars().noneMatch(c -> c < 0x20 && c != '\n');
                if (!ok) failures.add(key.path() + " = " + form.yaml() + " -> exit " + r.exit() + ": " + r.err());
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void namesGivenWithSetObeyTheSameRule() throws IOException {
        Path file = dir.resolve("good.yaml");
        Files.writeString(file, config(-1, null), StandardCharsets.UTF_8);
        String[][] cases = {
                {"name==1+2", "--set:1:6: name: '=1+2' starts with '='"},
                {"stations.framing.name=@x", "--set:1:23: stations[0].name: '@x' starts with '@'"},
                {"site.name=-x", "--set:1:11: site.name: '-x' starts with '-'"},
                {"parts.0.name=+x", "--set:1:14: parts[0].name: '+x' starts with '+'"},
                // a raw C0 character is refused in any --set, before the name rule sees it
                {"suppliers.0.name=a\u001b[2Jb", "--set:1:19: the control character U+001B is not allowed in a --set"},
                {"name=a\u009bb", "--set:1:7: the control character U+009B is not allowed in a --set"},
                // written as YAML escapes, they reach the name rule
                {"suppliers.0.name=\"a\\x1b[2Jb\"", "--set:1:18: suppliers[0].name: 'a\\x1b[2Jb' contains the control character \\x1b"},
                {"name=\"a\\x9bb\"", "--set:1:6: name: 'a\\x9bb' contains the control character \\x9b"},
                {"stations.0.name=\"x\\ny\"", "--set:1:17: stations[0].name: 'x\\x0ay' contains a line break"},
                {"products={\"=x\": {share: 1}}", "--set:1:11: products.=x: '=x' starts with '='"},
        };
        for (String[] c : cases) {
            Cli r = Cli.run("validate", file.toString(), "--set", c[0]);
            assertThat(r.exit()).as(c[0]).isEqualTo(2);
            assertThat(r.err()).as(c[0]).contains(c[1]);
            assertThat(r.err().chars().filter(ch -> ch < 0x20 && ch != '\n' || ch >= 0x7f && ch <= 0x9f)).as(c[0]).isEmpty();
        }
    }

    @Test
    void aNameTakenFromTheFileNameMayNotHoldAControlCharacter() throws IOException {
        String noName = config(-1, null);
        Path file = dir.resolve("plant\u001b]0;x\u0007.yaml");
        Files.writeString(file, noName.substring(noName.indexOf("products")), StandardCharsets.UTF_8);
        Cli r = Cli.run("validate", file.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("name: the config gives no name").contains("'plant\\x1b]0;x\\x07'")
                .contains("add a name: key or rename the file");
        assertThat(r.err().chars().filter(ch -> ch < 0x20 && ch != '\n')).isEmpty();
    }

    @Test
    void aNameMayStillHoldFormulaCharactersAfterItsFirstAndAnyLetter() throws IOException {
        Path file = dir.resolve("fine.yaml");
        Files.writeString(file, config(-1, null).replace("name: framing", "name: \"Body 1=A+B@C -x\"")
                .replace("R5: {share", "Mégane-E: {share"), StandardCharsets.UTF_8);
        assertThat(Cli.run("validate", file.toString()).exit()).isZero();
    }
}
