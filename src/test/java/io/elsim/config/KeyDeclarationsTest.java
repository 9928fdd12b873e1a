package io.elsim.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.elsim.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests generated from the key declarations, so a key is covered the day it is declared: its
 * example loads; a wrong-type and an out-of-range value are refused (exit 2) at the value's
 * line and column with a message naming the key and what it accepts; the schema accepts the
 * examples and refuses the wrong type. The documents come from {@link ExampleDocument}.
 */
class KeyDeclarationsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FILE = "keys.yaml";

    @TempDir
    Path dir;

    /** Every key's path in the variant documents (0 and 1), with its declaration and variant. */
    private static Map<String, Case> cases() {
        Map<String, Case> all = new LinkedHashMap<>();
        for (int variant = 0; variant < ExampleDocument.VARIANTS; variant++) {
            for (Map.Entry<String, Key<?>> e : new ExampleDocument(variant).keys().entrySet()) {
                // the station name's example is the main line's station; names are unique over the plant
                if (e.getKey().equals("feeders[0].stations[0].name")) continue;
                all.putIfAbsent(e.getKey(), new Case(e.getKey(), e.getValue(), variant));
            }
        }
        return all;
    }

    record Case(String path, Key<?> key, int variant) {
        ExampleDocument document() {
            return new ExampleDocument(variant);
        }
    }

    @Test
    void the_example_documents_hold_every_declared_key_and_load() throws ConfigException {
        Set<Key<?>> written = new HashSet<>();
        cases().values().forEach(c -> written.add(c.key()));
        for (Section s : Keys.all()) {
            if (isDistributionParameters(s)) continue;
            for (Key<?> k : s.keys()) assertThat(written).as("%s.%s in an example document", s.name(), k.name()).contains(k);
        }
        for (int variant = 0; variant < ExampleDocument.VARIANTS; variant++) {
            String yaml = new ExampleDocument(variant).yaml();
            assertThat(ConfigLoader.load(FILE, yaml, List.of()).spec().stations()).as(yaml)
                    .hasSize(ExampleDocument.hasFeeders(variant) ? 2 : 1);
        }
    }

    @TestFactory
    Stream<DynamicTest> each_key_s_declared_example_loads() {
        return cases().values().stream().map(c -> DynamicTest.dynamicTest(c.path(), () -> {
            String yaml = c.document().with(c.path(), c.key().example()).yaml();
            assertThat(ConfigLoader.load(FILE, yaml, List.of()).spec()).as(yaml).isNotNull();
        }));
    }

    @TestFactory
    Stream<DynamicTest> a_wrong_type_is_refused_at_the_value_naming_the_key_and_its_form() {
        return cases().values().stream().map(c -> DynamicTest.dynamicTest(c.path(), () -> {
            Type<?> t = c.key().type();
            ExampleDocument doc = c.document().with(c.path(), t.wrongType());
            refused(doc, c.path(), c.path() + ": expected " + t.expected() + ", got");
        }));
    }

    @TestFactory
    Stream<DynamicTest> an_out_of_range_value_is_refused_at_the_value_naming_the_key_and_its_range() {
        return cases().values().stream().filter(c -> c.key().type().outOfRange() != null)
                .map(c -> DynamicTest.dynamicTest(c.path(), () -> {
                    Type.OutOfRange bad = c.key().type().outOfRange();
                    ExampleDocument doc = c.document().with(c.path(), bad.yaml());
                    String problem = refused(doc, c.path(), c.path() + ": ");
                    assertThat(problem).contains(bad.range());
                }));
    }

    @TestFactory
    Stream<DynamicTest> every_distribution_s_example_loads_and_its_parameters_are_checked() {
        List<DynamicTest> tests = new ArrayList<>();
        String cycle = "stations[0].cycle";
        for (DistributionKinds.Kind kind : DistributionKinds.ALL) {
            tests.add(DynamicTest.dynamicTest(kind.name() + " example", () -> {
                String yaml = new ExampleDocument(0).with(cycle, kind.example()).yaml();
                assertThat(ConfigLoader.load(FILE, yaml, List.of()).spec()).isNotNull();
            }));
            List<Key<?>> params = kind.parameters() instanceof Composites.SectionType st ? st.section.keys() : List.of();
            if (params.isEmpty()) {
                // the parameter is the value itself: {constant: DURATION}
                Type<?> t = kind.parameters();
                tests.add(DynamicTest.dynamicTest(kind.name() + " wrong type", () -> refusedInFlow(cycle,
                        "{" + kind.name() + ": ", t.wrongType(), "}", cycle + "." + kind.name() + ": expected " + t.expected())));
                tests.add(DynamicTest.dynamicTest(kind.name() + " out of range", () -> refusedInFlow(cycle,
                        "{" + kind.name() + ": ", t.outOfRange().yaml(), "}", t.outOfRange().range())));
            }
            for (Key<?> p : params) {
                String at = cycle + "." + kind.name() + "." + p.name();
                tests.add(DynamicTest.dynamicTest(at + " wrong type", () -> refusedInFlow(cycle,
                        prefix(kind, p), p.type().wrongType(), suffix(kind, p), at + ": expected " + p.type().expected())));
                if (p.type().outOfRange() != null) {
                    tests.add(DynamicTest.dynamicTest(at + " out of range", () -> refusedInFlow(cycle,
                            prefix(kind, p), p.type().outOfRange().yaml(), suffix(kind, p), p.type().outOfRange().range())));
                }
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> the_schema_accepts_the_example_documents_and_refuses_each_wrong_type() throws IOException {
        JsonNode schema = JSON.readTree(Schema.json());
        List<DynamicTest> tests = new ArrayList<>();
        for (int variant = 0; variant < ExampleDocument.VARIANTS; variant++) {
            String yaml = new ExampleDocument(variant).yaml();
            tests.add(DynamicTest.dynamicTest("variant " + variant, () -> {
                List<String> errors = new ArrayList<>();
                SchemaTest.validate(ExampleDocument.parse(yaml), schema, schema, "config", errors);
                assertThat(errors).as(yaml).isEmpty();
            }));
        }
        for (Case c : cases().values()) {
            tests.add(DynamicTest.dynamicTest(c.path(), () -> {
                String yaml = c.document().with(c.path(), c.key().type().wrongType()).yaml();
                List<String> errors = new ArrayList<>();
                SchemaTest.validate(ExampleDocument.parse(yaml), schema, schema, "config", errors);
                assertThat(errors).as(yaml).isNotEmpty();
            }));
        }
        return tests.stream();
    }

    @Test
    void the_committed_reference_is_the_generated_one() throws IOException {
        String committed = Files.readString(Path.of("docs/config-reference.md"));
        assertThat(Reference.missing(committed)).as("sections without a generated table").isEmpty();
        assertThat(committed).as("regenerate with: ./elsim reference docs/config-reference.md > new.md")
                .isEqualTo(Reference.regenerate(committed));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream old = System.out;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            assertThat(Main.execute("reference", "docs/config-reference.md")).isZero();
        } finally {
            System.setOut(old);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(committed);
    }

    @Test
    void a_table_edited_by_hand_is_caught() {
        String doc = "x\n<!-- BEGIN GENERATED keys:rework -->\n| `rate` | hand-written |\n<!-- END GENERATED -->\ny\n";
        String regenerated = Reference.regenerate(doc);
        assertThat(regenerated).isNotEqualTo(doc).startsWith("x\n").endsWith("<!-- END GENERATED -->\ny\n")
                .contains("| `rate` | probability 0–1 | – | required | `0.12` |");
    }

    private static boolean isDistributionParameters(Section s) {
        return DistributionKinds.ALL.stream().anyMatch(k -> k.parameters().sections().contains(s));
    }

    private static String prefix(DistributionKinds.Kind kind, Key<?> param) {
        StringBuilder b = new StringBuilder("{" + kind.name() + ": {");
        for (Key<?> p : ((Composites.SectionType) kind.parameters()).section.keys()) {
            if (p == param) break;
            b.append(p.name()).append(": ").append(p.example()).append(", ");
        }
        return b.append(param.name()).append(": ").toString();
    }

    private static String suffix(DistributionKinds.Kind kind, Key<?> param) {
        StringBuilder b = new StringBuilder();
        boolean after = false;
        for (Key<?> p : ((Composites.SectionType) kind.parameters()).section.keys()) {
            if (after) b.append(", ").append(p.name()).append(": ").append(p.example());
            after |= p == param;
        }
        return b.append("}}").toString();
    }

    /** The flow value before + bad + after at {@code path}, refused at the bad value's column. */
    private void refusedInFlow(String path, String before, String bad, String after, String expected) throws Exception {
        ExampleDocument doc = new ExampleDocument(0).with(path, before + bad + after);
        String yaml = doc.yaml();
        int[] at = doc.positions.get(path);
        String problem = problemAt(yaml, at[0], at[1] + before.length());
        assertThat(problem).as(yaml).contains(expected);
        assertThat(exitCode(yaml)).isEqualTo(2);
    }

    /** Loads the document, expects a problem at the value of {@code path} starting {@code start}; returns it. */
    private String refused(ExampleDocument doc, String path, String start) throws Exception {
        String yaml = doc.yaml();
        int[] at = doc.positions.get(path);
        String problem = problemAt(yaml, at[0], at[1]);
        assertThat(problem).as(yaml).startsWith(FILE + ":" + at[0] + ":" + at[1] + ": " + start);
        assertThat(exitCode(yaml)).isEqualTo(2);
        return problem;
    }

    private static String problemAt(String yaml, int line, int column) {
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> ConfigLoader.load(FILE, yaml, List.of()));
        assertThat(e).as("refused:\n" + yaml).isNotNull();
        List<String> at = e.problems().stream().filter(p -> p.line() == line && p.column() == column)
                .map(Problem::toString).toList();
        assertThat(at).as("a problem at %d:%d among %s", line, column, e.problems()).isNotEmpty();
        return at.get(0);
    }

    /** {@code elsim validate} on the document: the exit code. */
    private int exitCode(String yaml) throws IOException {
        Path file = dir.resolve(FILE);
        Files.writeString(file, yaml);
        PrintStream out = System.out;
        PrintStream err = System.err;
        try {
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            return Main.execute("validate", file.toString());
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
