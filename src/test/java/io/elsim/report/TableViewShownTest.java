package io.elsim.report;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which columns each view shows, worked out from the rules in TableView's documentation. */
class TableViewShownTest {
    private static final List<String> STATIONS = List.of("name", "state", "servers", "processed", "processed_ci95",
            "working_frac", "working_frac_ci95", "blocked_frac", "starved_frac", "down_frac", "setup_frac", "replications");
    private static final List<String> SUMMARY = List.of("throughput_per_hour", "throughput_per_hour_ci95", "replications",
            "wip_mean");

    @Test
    void wide_shows_every_column_in_table_order() {
        assertThat(TableView.WIDE.shown("stations", STATIONS, true)).isEqualTo(STATIONS);
        assertThat(TableView.of(List.of("servers"), true).shown("stations", STATIONS, true)).isEqualTo(STATIONS);
    }

    @Test
    void the_default_shows_the_essential_columns_in_their_order() {
        assertThat(TableView.DEFAULT.shown("stations", STATIONS, true)).containsExactly("name", "state", "servers",
                "processed", "working_frac", "blocked_frac", "starved_frac", "down_frac");
        // a stations table without the run's essential columns is another table (elsim capacity's):
        // its own essentials, else every column in table order
        List<String> capacity = List.of("name", "servers", "availability", "mean_process_s", "capacity_per_hour",
                "visits_per_vehicle", "output_capacity_per_hour");
        assertThat(TableView.DEFAULT.shown("stations", capacity, true)).isEqualTo(TableView.ESSENTIAL_CAPACITY_STATIONS);
        assertThat(TableView.DEFAULT.shown("stations", List.of("down_frac", "name"), false))
                .containsExactly("down_frac", "name");
    }

    @Test
    void a_table_without_essentials_shows_all_but_half_widths_and_counts_when_it_has_several_rows() {
        assertThat(TableView.DEFAULT.shown("summary", SUMMARY, true)).containsExactly("throughput_per_hour", "wip_mean");
        // one row is printed as a field list: every field fits
        assertThat(TableView.DEFAULT.shown("summary", SUMMARY, false)).isEqualTo(SUMMARY);
    }

    @Test
    void chosen_columns_come_in_the_order_asked_and_only_where_the_table_has_them() {
        TableView v = TableView.of(List.of("working_frac", "name", "nowhere"), false);
        assertThat(v.shown("stations", STATIONS, true)).containsExactly("working_frac", "name");
        // a table with none of them falls back to its default view
        assertThat(v.shown("summary", SUMMARY, true)).containsExactly("throughput_per_hour", "wip_mean");
    }

    @Test
    void kept_columns_follow_the_first_column_in_table_order() {
        List<String> sweep = List.of("scenario", "stations.b.operators", "line.takt", "throughput_per_hour", "jph_on_shift",
                "build_time_p90_h", "wip_mean", "bottleneck", "labour_hours_per_vehicle");
        TableView v = TableView.DEFAULT.keeping(List.of("line.takt")).keeping(List.of("stations.b.operators"));
        assertThat(v.always()).containsExactlyInAnyOrder("line.takt", "stations.b.operators");
        assertThat(v.shown("sweep", sweep, true)).containsExactly("scenario", "stations.b.operators", "line.takt",
                "throughput_per_hour", "jph_on_shift", "build_time_p90_h", "wip_mean", "bottleneck");
        // a kept column already shown is not repeated; into an empty view it goes first
        assertThat(TableView.DEFAULT.keeping(List.of("wip_mean")).shown("sweep", sweep, true))
                .containsExactly("scenario", "throughput_per_hour", "jph_on_shift", "build_time_p90_h", "wip_mean", "bottleneck");
        assertThat(TableView.DEFAULT.keeping(List.of("x")).shown("stations", List.of("x"), true)).containsExactly("x");
    }
}
