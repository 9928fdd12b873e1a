package io.elsim.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One report table: a name, ordered snake_case columns, and rows of values. Values are
 * {@link String}, {@link Long}/{@link Integer}, {@link Double}, {@link Boolean} or null.
 * Every output format (terminal, CSV, JSON) is written from this one structure, so the
 * field names are the same everywhere.
 */
public final class Table {
    private final String name;
    private final List<String> columns;
    private final List<Object[]> rows = new ArrayList<>();

    public Table(String name, List<String> columns) {
        this.name = name;
        this.columns = List.copyOf(columns);
    }

    public String name() { return name; }

    public List<String> columns() { return columns; }

    public List<Object[]> rows() { return Collections.unmodifiableList(rows); }

    public int size() { return rows.size(); }

    public Table addRow(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(name + ": row has " + values.length
                    + " values for " + columns.size() + " columns");
        }
        rows.add(values.clone());
        return this;
    }

    public int columnIndex(String column) {
        int i = columns.indexOf(column);
        if (i < 0) throw new IllegalArgumentException("no column " + column + " in table " + name);
        return i;
    }

    public boolean hasColumn(String column) { return columns.contains(column); }

    public Object get(int row, String column) { return rows.get(row)[columnIndex(column)]; }

    /** A numeric cell as a double (NaN when empty). */
    public double getDouble(int row, String column) {
        Object v = get(row, column);
        return v instanceof Number n ? n.doubleValue() : Double.NaN;
    }
}
