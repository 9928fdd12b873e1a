package io.elsim.experiment;

import io.elsim.energy.EnergyAccount;
import io.elsim.line.Capacity;
import io.elsim.line.FeederStats;
import io.elsim.line.Line;
import io.elsim.line.ServerState;
import io.elsim.line.SinkStats;
import io.elsim.line.StationStats;
import io.elsim.model.LineSpec;
import io.elsim.model.TargetSpec;
import io.elsim.report.Table;
import io.elsim.supply.LineSideStock;
import io.elsim.supply.Supplier;
import io.elsim.supply.Supply;

import java.util.ArrayList;
import java.util.List;

/** Turns a finished {@link Line} into the report tables (docs/reports.md), through its read-only views. */
public final class LineReport {
    public static final List<String> SUMMARY_COLUMNS = List.of(
            "name", "vehicles_completed", "vehicles_scrapped", "throughput_per_hour", "jph_on_shift",
            "output_per_week", "output_per_day", "annual_output", "build_time_mean_h", "build_time_p50_h",
            "build_time_p90_h", "build_time_p95_h", "build_time_p99_h", "build_time_max_h",
            "labour_hours_per_vehicle", "wip_mean", "bottleneck", "analytic_max_per_hour",
            "events", "sim_seconds", "suppliers_within_radius_share", "suppliers_within_radius_volume_share",
            "inbound_co2_kg_per_vehicle", "energy_kwh_per_vehicle", "production_co2_kg_per_vehicle",
            "co2_kg_per_vehicle");
    public static final List<String> STATION_COLUMNS = List.of(
            "name", "line", "servers", "operators", "processed", "visits_per_vehicle", "working_frac", "blocked_frac",
            "starved_frac",
            "starved_parts_frac", "down_frac", "setup_frac", "off_shift_frac", "failures",
            "mean_cycle_s", "sole_bottleneck_share", "shifting_bottleneck_share", "active_period_share");
    public static final List<String> BUFFER_COLUMNS = List.of(
            "name", "capacity", "mean_content", "max_content", "full_frac");
    public static final List<String> PRODUCT_COLUMNS = List.of(
            "name", "completed", "share", "build_time_mean_h", "build_time_p90_h");
    public static final List<String> PART_COLUMNS = List.of(
            "name", "station", "supplier", "stock_mean", "stock_min", "stockout_hours", "consumed", "deliveries",
            "late_deliveries", "overflow");
    public static final List<String> SUPPLIER_COLUMNS = List.of(
            "name", "road_km", "transit_h", "within_radius", "trips", "truck_km", "co2_kg");
    public static final List<String> FEEDER_COLUMNS = List.of(
            "name", "into", "produced", "store_mean", "store_max", "starved_hours", "build_time_mean_h");
    public static final List<String> TARGET_COLUMNS = List.of("name", "target", "value", "met");
    public static final List<String> ENERGY_COLUMNS = EnergyAccount.COLUMNS;
    /** Every table a line's report may hold; which of them it holds depends on the config. */
    public static final List<String> TABLES = List.of(
            "summary", "stations", "buffers", "products", "feeders", "parts", "suppliers", "energy", "targets");

    private LineReport() { }

    public static List<Table> tables(Line line) {
        List<Table> tables = new ArrayList<>();
        EnergyAccount energy = line.energyAccount();
        Table summary = summary(line, energy);
        tables.add(summary);
        tables.add(stations(line));
        tables.add(buffers(line));
        tables.add(products(line));
        if (!line.feeders().isEmpty()) tables.add(feeders(line));
        if (line.supply() != null) {
            tables.add(parts(line));
            tables.add(suppliers(line));
        }
        if (energy != null) tables.add(energy.table(line.sink().completed()));
        if (!line.spec().targets().isEmpty()) tables.add(targets(line.spec().targets(), summary));
        return tables;
    }

    static Table summary(Line line, EnergyAccount energy) {
        SinkStats sink = line.sink();
        LineSpec spec = line.spec();
        double end = line.endSeconds();
        double span = end - line.warmupSeconds();
        double hours = span / 3600;
        double onHours = line.onShiftHours();
        long completed = sink.completed();
        double perHour = completed / hours;
        double perWeek = perHour * 168;
        int operators = 0;
        for (StationStats s : line.stations()) operators += s.spec().operators();
        Capacity.Result capacity = Capacity.of(spec);
        Supply supply = line.supply();
        double inbound = supply == null || supply.suppliers().isEmpty() ? Double.NaN
                : completed > 0 ? supply.co2Kg() / completed : Double.NaN;
        double[] perVehicle = energy == null ? EnergyAccount.notModelled() : energy.summary(completed, inbound);
        Table t = new Table("summary", SUMMARY_COLUMNS);
        t.addRow(spec.name(), completed, sink.scrapped(), perHour,
                onHours > 0 ? completed / onHours : Double.NaN,
                perWeek, perWeek / spec.workingDaysPerWeek(), perWeek * spec.weeksPerYear(),
                sink.buildTimeMean() / 3600,
                sink.buildTimePercentile(50) / 3600,
                sink.buildTimePercentile(90) / 3600,
                sink.buildTimePercentile(95) / 3600,
                sink.buildTimePercentile(99) / 3600,
                sink.buildTimeMax() / 3600,
                completed > 0 ? operators * onHours / completed : Double.NaN,
                sink.wipMean(end),
                bottleneck(line),
                capacity.maxPerHour(),
                line.events(), end,
                supply == null ? Double.NaN : supply.withinRadiusShare(),
                supply == null ? Double.NaN : supply.withinRadiusVolumeShare(),
                inbound, perVehicle[0], perVehicle[1], perVehicle[2]);
        return t;
    }

    static Table parts(Line line) {
        Table t = new Table("parts", PART_COLUMNS);
        double end = line.endSeconds();
        for (LineSideStock s : line.supply().stocks()) {
            t.addRow(s.name(), s.spec().station(), s.supplierName(), s.meanLevel(end), (long) s.minLevel(),
                    s.stockoutHours(end), s.consumed(), s.deliveries(), s.lateDeliveries(), s.overflow());
        }
        return t;
    }

    static Table suppliers(Line line) {
        Table t = new Table("suppliers", SUPPLIER_COLUMNS);
        for (Supplier s : line.supply().suppliers()) {
            t.addRow(s.name(), s.roadKm(), s.transitHours(), s.withinRadius(), s.trips(), s.truckKm(), s.co2Kg());
        }
        return t;
    }

    /** The station with the largest active-period (sole + shifting) bottleneck share. */
    public static String bottleneck(Line line) {
        String best = null;
        double bestShare = 0;
        List<StationStats> stations = line.stations();
        for (int i = 0; i < stations.size(); i++) {
            double share = line.bottlenecks().soleTime(i) + line.bottlenecks().shiftingTime(i);
            if (share > bestShare) {
                bestShare = share;
                best = stations.get(i).name();
            }
        }
        return best;
    }


    static Table stations(Line line) {
        double span = line.endSeconds() - line.warmupSeconds();
        long completed = line.sink().completed();
        Table t = new Table("stations", STATION_COLUMNS);
        List<StationStats> stations = line.stations();
        for (int i = 0; i < stations.size(); i++) {
            StationStats s = stations.get(i);
            double serverTime = span * s.serverCount();
            double[] f = new double[ServerState.ALL.length];
            for (ServerState state : ServerState.ALL) {
                f[state.ordinal()] = serverTime > 0 ? s.stateSeconds(state) / serverTime : 0;
            }
            double sole = line.bottlenecks().soleTime(i) / span;
            double shifting = line.bottlenecks().shiftingTime(i) / span;
            t.addRow(s.name(), s.line(), s.serverCount(), s.spec().operators(), s.processed(),
                    completed > 0 ? (double) s.processed() / completed : Double.NaN,
                    f[ServerState.WORKING.ordinal()], f[ServerState.BLOCKED.ordinal()],
                    f[ServerState.STARVED.ordinal()], f[ServerState.STARVED_PARTS.ordinal()],
                    f[ServerState.DOWN.ordinal()], f[ServerState.SETUP.ordinal()],
                    f[ServerState.OFF_SHIFT.ordinal()], s.failures(),
                    s.meanCycleSeconds(),
                    sole, shifting, sole + shifting);
        }
        return t;
    }

    static Table buffers(Line line) {
        Table t = new Table("buffers", BUFFER_COLUMNS);
        double end = line.endSeconds();
        for (StationStats s : line.stations()) {
            t.addRow(s.name(), s.spec().unlimitedBuffer() ? null : (long) s.spec().buffer(),
                    s.bufferMean(end), (long) s.bufferMax(), s.bufferFullFraction(end));
        }
        return t;
    }

    static Table feeders(Line line) {
        Table t = new Table("feeders", FEEDER_COLUMNS);
        double end = line.endSeconds();
        for (FeederStats f : line.feeders()) {
            t.addRow(f.spec().name(), f.spec().into(), f.produced(), f.storeMean(end), (long) f.storeMax(),
                    f.starvedHours(end), f.buildTimeMeanSeconds() / 3600);
        }
        return t;
    }

    static Table products(Line line) {
        Table t = new Table("products", PRODUCT_COLUMNS);
        SinkStats sink = line.sink();
        String[] products = line.productNames();
        for (int p = 0; p < products.length; p++) {
            t.addRow(products[p], sink.completed(p),
                    sink.completed() > 0 ? (double) sink.completed(p) / sink.completed() : Double.NaN,
                    sink.buildTimeMean(p) / 3600,
                    sink.buildTimePercentile(p, 90) / 3600);
        }
        return t;
    }

    /** Checks each target against the summary row; an unknown field is reported as not met. */
    public static Table targets(List<TargetSpec> targets, Table summary) {
        Table t = new Table("targets", TARGET_COLUMNS);
        for (TargetSpec target : targets) {
            double value = summary.hasColumn(target.field()) ? summary.getDouble(0, target.field()) : Double.NaN;
            boolean met = !Double.isNaN(value) && target.met(value);
            t.addRow(target.field(), target.text(), value, met);
        }
        return t;
    }

    /** The tables of {@code elsim capacity}: a one-row summary and one row per station. */
    public static List<Table> capacityTables(Capacity.Result c) {
        // "capacity_bottleneck", not "bottleneck": the run's bottleneck is another measure (docs/reports.md)
        Table summary = new Table("summary", List.of("capacity_bottleneck", "max_per_hour_on_shift",
                "analytic_max_per_hour", "max_per_week", "annual_max", "raw_process_time_h",
                "critical_wip", "working_hours_per_week"));
        summary.addRow(c.bottleneck(), c.maxPerHourOnShift(), c.maxPerHour(), c.maxPerWeek(),
                c.maxPerYear(), c.rawProcessHours(), c.criticalWip(), c.weeklyOnHours());
        Table stations = new Table("stations", List.of("name", "line", "servers", "mean_process_s",
                "availability", "capacity_per_hour", "visits_per_vehicle", "output_capacity_per_hour", "capacity_bottleneck"));
        for (Capacity.StationCapacity s : c.stations()) {
            stations.addRow(s.name(), s.line(), s.servers(), s.meanProcessSeconds(), s.availability(),
                    s.capacityPerHour(), s.visitsPerVehicle(), s.outputCapacityPerHour(), s.name().equals(c.bottleneck()));
        }
        List<Table> tables = new ArrayList<>(List.of(summary, stations));
        if (!c.productVisits().isEmpty()) {
            Table visits = new Table("visits", List.of("station", "product", "visits_per_vehicle"));
            for (Capacity.ProductVisits v : c.productVisits()) {
                visits.addRow(v.station(), v.product(), v.visitsPerVehicle());
            }
            tables.add(visits);
        }
        if (c.supply().isEmpty()) return List.copyOf(tables);
        Table supply = new Table("suppliers", List.of("name", "part", "parts_per_vehicle", "max_parts_per_hour",
                "max_vehicles_per_hour", "capacity_bottleneck"));
        for (Capacity.SupplyCapacity s : c.supply()) {
            supply.addRow(s.supplier(), s.part(), s.partsPerVehicle(), s.maxPartsPerHour(), s.maxVehiclesPerHour(),
                    s.supplier().equals(c.bottleneck()));
        }
        tables.add(supply);
        return List.copyOf(tables);
    }
}
