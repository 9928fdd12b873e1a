package io.elsim.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The energy table's idle bar: filled to the idle share, rounded to the nearest character. */
class IdleShareBarTest {

    /** Catches a bar drawn from the working share (1 - idle) or truncated instead of rounded. */
    @Test
    void the_bar_is_filled_to_the_idle_share() {
        StateBar ascii = StateBar.plain(false);
        assertThat(ascii.shareBar(0.25)).isEqualTo("=====" + " ".repeat(15));
        assertThat(ascii.shareBar(0.174)).isEqualTo("===" + " ".repeat(17)); // 3.48 -> 3
        assertThat(ascii.shareBar(0.176)).isEqualTo("====" + " ".repeat(16)); // 3.52 -> 4
        assertThat(ascii.shareBar(Double.NaN)).isEqualTo(" ".repeat(20));
        assertThat(ascii.shareBar(1.5)).isEqualTo("=".repeat(20));
    }

    @Test
    void the_terminal_energy_table_has_an_idle_column_and_a_legend() throws Exception {
        Table energy = new Table("energy", List.of("name", "electricity_kwh", "gas_kwh", "kwh_per_vehicle",
                "idle_kwh_share", "co2_kg"));
        energy.addRow("oven", 100.0, 200.0, 1.0, 0.5, 10.0);
        energy.addRow("base", 50.0, 0.0, 0.5, 0.1, 1.5);
        StringWriter out = new StringWriter();
        new TextReportWriter(StateBar.plain(false)).write(energy, out);
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(1)).startsWith("name  idle                  electricity_kwh");
        assertThat(lines.get(3)).startsWith("oven  ==========            ");
        assertThat(lines.get(4)).startsWith("base  ==                    ");
        assertThat(lines.get(5)).isEqualTo("idle: = share of the energy spent idle, down or off shift");
    }
}
