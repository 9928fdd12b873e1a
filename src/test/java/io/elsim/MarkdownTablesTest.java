package io.elsim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Markdown table in README.md and docs/ has, in each row, as many cells as its header:
 * GitHub drops the cells beyond the header's width, and with them what they say.
 */
class MarkdownTablesTest {

    /** Cells of a table row: split on the pipes that are not escaped (\|), outer pipes dropped. */
    static int cells(String row) {
        String r = row.strip();
        if (r.startsWith("|")) r = r.substring(1);
        if (r.endsWith("|") && !r.endsWith("\\|")) r = r.substring(0, r.length() - 1);
        int n = 1;
        for (int i = 0; i < r.length(); i++) {
            if (r.charAt(i) == '|' && (i == 0 || r.charAt(i - 1) != '\\')) n++;
        }
        return n;
    }

    static List<String> problems(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<String> out = new ArrayList<>();
        boolean fenced = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.strip().startsWith("```")) fenced = !fenced;
            if (fenced || !line.strip().startsWith("|")) continue;
            // a table: header, delimiter row, body rows, up to the first line that is not a row
            boolean delimiter = i + 1 < lines.size() && lines.get(i + 1).strip().matches("\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?");
            if (!delimiter) continue;
            int width = cells(line);
            int j = i + 1;
            for (; j < lines.size() && lines.get(j).strip().startsWith("|"); j++) {
                int n = cells(lines.get(j));
                if (n != width) out.add(file + ":" + (j + 1) + ": " + n + " cells under a header of " + width);
            }
            i = j - 1;
        }
        return out;
    }

    @Test
    void every_row_has_its_headers_width() throws IOException {
        List<String> problems = new ArrayList<>();
        int files = 0;
        try (Stream<Path> docs = Files.walk(Path.of("docs"))) {
            for (Path p : Stream.concat(docs.filter(p -> p.toString().endsWith(".md")), Stream.of(Path.of("README.md")))
                    .toList()) {
                problems.addAll(problems(p));
                files++;
            }
        }
        assertThat(files).isGreaterThan(5);
        assertThat(problems).isEmpty();
    }

    @Test
    void the_check_counts_cells_as_github_does() throws IOException {
        assertThat(cells("| a | b | c |")).isEqualTo(3);
        assertThat(cells("a | b")).isEqualTo(2);
        assertThat(cells("| `x\\|y` | z |")).isEqualTo(2);
        Path bad = Files.createTempFile("table", ".md");
        try {
            Files.writeString(bad, "text\n\n| k | v |\n|---|---|\n| a | 1 |\n| b | 2 | 3 |\n\nafter\n");
            assertThat(problems(bad)).containsExactly(bad + ":6: 3 cells under a header of 2");
        } finally {
            Files.delete(bad);
        }
    }
}
