package io.elsim.report;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The terminal's stations table: a heading before each feeder's stations when the default
 * view leaves the {@code line} column out, and the closing line that counts the hidden columns.
 */
class TextGroupsAndHiddenColumnsTest {

    private static Table stations(boolean withInterval) {
        List<String> columns = new ArrayList<>(List.of("name", "line", "servers", "processed"));
        columns.addAll(StateBar.COLUMNS);
        if (withInterval) columns.add("working_frac_ci95");
        Table t = new Table("stations", columns);
        String[][] rows = {{"body", "main"}, {"paint", "main"}, {"stack", "packs"}, {"test", "packs"}, {"door-line", "doors"}};
        for (String[] r : rows) {
            List<Object> row = new ArrayList<>(List.of(r[0], r[1], 1, 100L, 0.5, 0.5, 0.0, 0.0, 0.0, 0.0, 0.0));
            if (withInterval) row.add(0.01);
            t.addRow(row.toArray());
        }
        return t;
    }

    private static List<String> lines(Table t, TableView view) throws IOException {
        StringWriter out = new StringWriter();
        new TextReportWriter(new StateBar(false, false, 10), view).write(t, out);
        return out.toString().lines().toList();
    }

    @Test
    void each_feeder_gets_a_heading_before_its_first_station_and_the_main_line_none() throws IOException {
        List<String> l = lines(stations(false), TableView.DEFAULT);
        int body = indexStarting(l, "body");
        int stack = indexStarting(l, "stack");
        int door = indexStarting(l, "door-line");
        assertThat(l.get(body - 1)).startsWith("---");
        assertThat(l.get(stack - 1)).isEqualTo("(feeder packs)");
        assertThat(l.get(stack + 1)).startsWith("test");
        assertThat(l.get(door - 1)).isEqualTo("(feeder doors)");
        assertThat(l.stream().filter(s -> s.startsWith("(feeder"))).hasSize(2);
    }

    @Test
    void with_the_line_column_shown_there_are_no_headings() throws IOException {
        assertThat(lines(stations(false), TableView.WIDE)).noneMatch(s -> s.startsWith("(feeder"));
        assertThat(lines(stations(false), TableView.WIDE)).noneMatch(s -> s.contains("more column"));
    }

    /** The default view shows name, state, servers, processed and four fractions: 4 of 12 columns hidden. */
    @Test
    void the_last_line_counts_the_hidden_columns_and_names_hidden_intervals() throws IOException {
        List<String> plain = lines(stations(false), TableView.DEFAULT);
        assertThat(plain.get(plain.size() - 1)).isEqualTo(
                "(4 more columns: --wide shows all, --columns chooses; CSV and JSON have every field)");
        List<String> ci = lines(stations(true), TableView.DEFAULT);
        assertThat(ci.get(ci.size() - 1)).isEqualTo("(5 more columns, the _ci95 half-widths among them:"
                + " --wide shows all, --columns chooses; CSV and JSON have every field)");
        List<String> one = lines(stations(false), TableView.DEFAULT.keeping(List.of("line", "starved_parts_frac", "setup_frac")));
        assertThat(one.get(one.size() - 1)).startsWith("(1 more column: ");
    }

    private static int indexStarting(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).startsWith(prefix + " ")) return i;
        throw new AssertionError("no line starts with " + prefix + " in " + lines);
    }
}
