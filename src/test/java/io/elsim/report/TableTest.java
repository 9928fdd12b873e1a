package io.elsim.report;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TableTest {

    @Test
    void rows_are_read_by_column_name() {
        List<String> columns = new ArrayList<>(List.of("name", "servers", "working_frac"));
        Object[] row = {"paint", 2L, 0.75};
        Table t = new Table("stations", columns).addRow(row).addRow("trim", 1, null);
        columns.add("later");
        row[2] = 0.0;
        assertThat(t.name()).isEqualTo("stations");
        assertThat(t.columns()).containsExactly("name", "servers", "working_frac");
        assertThat(t.size()).isEqualTo(2);
        assertThat(t.columnIndex("working_frac")).isEqualTo(2);
        assertThat(t.hasColumn("servers")).isTrue();
        assertThat(t.hasColumn("later")).isFalse();
        assertThat(t.get(1, "name")).isEqualTo("trim");
        assertThat(t.getDouble(0, "working_frac")).isEqualTo(0.75);
        assertThat(t.getDouble(1, "servers")).isEqualTo(1.0);
        assertThat(t.getDouble(1, "working_frac")).isNaN();
        assertThat(t.getDouble(0, "name")).isNaN();
        assertThatThrownBy(() -> t.rows().add(new Object[3])).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void a_row_of_the_wrong_width_or_an_unknown_column_is_refused() {
        Table t = new Table("summary", List.of("a", "b"));
        assertThatThrownBy(() -> t.addRow(1.0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("summary: row has 1 values for 2 columns");
        assertThatThrownBy(() -> t.columnIndex("c")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no column c in table summary");
        assertThat(t.size()).isZero();
    }
}
