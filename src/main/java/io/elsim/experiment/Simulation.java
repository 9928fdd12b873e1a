package io.elsim.experiment;

import io.elsim.line.Line;
import io.elsim.model.LineSpec;
import io.elsim.report.Report;
import io.elsim.report.Table;

import java.util.List;

/** Runs one config and assembles its report. */
public final class Simulation {
    private Simulation() { }

    public static Report run(LineSpec spec, RunSettings settings) {
        Line line = new Line(spec, 0);
        line.setMaxEvents(settings.maxEvents());
        line.setMaxEventRate(RunSettings.DEFAULT_MAX_EVENT_RATE);
        line.run();
        List<Table> tables = LineReport.tables(line);
        return new Report(tables, spec, Version.current());
    }
}
