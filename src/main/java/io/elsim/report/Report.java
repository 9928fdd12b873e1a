package io.elsim.report;

import java.util.List;
import java.util.Optional;

/**
 * A complete report: its tables in display order, the resolved config that produced it
 * (serialised into JSON output), and the elsim version.
 */
public record Report(List<Table> tables, Object config, String version) {
    public Report {
        tables = List.copyOf(tables);
    }

    public Optional<Table> table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
