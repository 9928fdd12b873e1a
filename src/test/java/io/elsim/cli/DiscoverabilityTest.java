package io.elsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.elsim.experiment.Examples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What a new user finds without reading the source: example list, --help endings, the man page. */
class DiscoverabilityTest {
    private static final List<String> COMMANDS = List.of("run", "validate", "capacity", "sweep", "merge", "example",
            "schema", "completion", "man");

    @Test
    void example_lists_every_example_with_a_one_line_description() {
        Cli r = Cli.run("example");
        assertThat(r.exit()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(Examples.NAMES.size());
        for (int i = 0; i < lines.size(); i++) {
            String name = Examples.NAMES.get(i);
            assertThat(lines.get(i)).startsWith(name + "  ").endsWith(Examples.description(name));
            assertThat(Examples.description(name)).as(name).hasSizeGreaterThan(30);
        }
        assertThat(lines.get(0)).endsWith("(the default)");
        assertThat(lines.stream().mapToInt(String::length).max().orElseThrow()).isLessThanOrEqualTo(120);
    }

    @Test
    void every_help_ends_with_where_keys_and_reports_are_documented() throws Exception {
        for (String command : COMMANDS) {
            Cli r = Cli.run(command, "--help");
            assertThat(r.exit()).as(command).isZero();
            assertThat(r.out().stripTrailing()).as(command).endsWith(String.join("\n", Main.DOCUMENTATION).stripLeading())
                    .contains("  config keys           docs/config-reference.md", "  report fields         docs/reports.md");
        }
        assertThat(Cli.run("--help").out()).contains("docs/config-reference.md");
        for (String doc : List.of("docs/config-reference.md", "docs/reports.md", "docs/experiments.md", "docs/limits.md")) {
            assertThat(Path.of(doc)).as("the footer names files that exist").exists();
        }
    }

    @Test
    void the_man_page_refers_only_to_pages_it_contains() {
        String man = Cli.run("man").out();
        assertThat(man).doesNotContain("xref:").doesNotContain(".adoc[");
        Matcher refs = Pattern.compile("see (elsim-[a-z]+)\\(1\\) below").matcher(man);
        int count = 0;
        while (refs.find()) {
            assertThat(man).as(refs.group(1)).contains("= " + refs.group(1) + "(1)\n");
            count++;
        }
        assertThat(count).isEqualTo(COMMANDS.size());
        assertThat(man).contains("*help*::");
    }

    @Test
    void every_example_file_has_a_description() throws Exception {
        try (var files = Files.list(Path.of("examples"))) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString().replace(".yaml", "");
                assertThat(Examples.description(name)).as(name).isNotBlank();
            }
        }
    }
}
