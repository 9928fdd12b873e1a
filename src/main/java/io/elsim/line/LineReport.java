package io.elsim.line;

import io.elsim.energy.EnergyAccount;
import io.elsim.model.TargetSpec;
import io.elsim.report.Table;
import io.elsim.supply.LineSideStock;
import io.elsim.supply.Supplier;

import java.util.ArrayList;
import java.util.List;

/** Turns a finished {@link Line} into the report tables of DESIGN.md. */
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
            "name", "servers", "operators", "processed", "working_frac", "blocked_frac", "starved_frac",
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
    public static final List<String> TARGET_COLUMNS = List.of("name", "target", "value", "met");
    public static final List<String> ENERGY_COLUMNS = EnergyAccount.COLUMNS;
    /** Every table a line's report may hold; which of them it holds depends on the config. */
    public static final List<String> TABLES = List.of(
            "summary", "stations", "buffers", "products", "parts", "suppliers", "energy", "targets");

    private LineReport() { }

    public static List<Table> tables(Line line) {
        List<Table> tables = new ArrayList<>();
        EnergyAccount energy = line.spec.modelsEnergy() ? EnergyMeter.account(line) : null;
        Table summary = summary(line, energy);
        tables.add(summary);
        tables.add(stations(line));
        tables.add(buffers(line));
        tables.add(products(line));
        if (line.supply != null) {
            tables.add(parts(line));
            tables.add(suppliers(line));
        }
        if (energy != null) tables.add(energy.table(line.completed));
        if (!line.spec.targets().isEmpty()) tables.add(targets(line.spec.targets(), summary));
        return tables;
    }

    static Table summary(Line line, EnergyAccount energy) {
        double span = line.end - line.warmup;
        double hours = span / 3600;
        double onHours = line.calendar.onSeconds(line.warmup, line.end) / 3600;
        double perHour = line.completed / hours;
        double perWeek = perHour * 168;
        int operators = 0;
        for (Station s : line.stations) operators += s.spec.operators();
        Capacity.Result capacity = Capacity.of(line.spec);
        double inbound = line.supply == null || line.supply.suppliers().isEmpty() ? Double.NaN
                : line.completed > 0 ? line.supply.co2Kg() / line.completed : Double.NaN;
        double[] perVehicle = energy == null ? EnergyAccount.notModelled() : energy.summary(line.completed, inbound);
        Table t = new Table("summary", SUMMARY_COLUMNS);
        t.addRow(line.spec.name(), line.completed, line.scrapped, perHour,
                onHours > 0 ? line.completed / onHours : Double.NaN,
                perWeek, perWeek / line.spec.workingDaysPerWeek(), perWeek * line.spec.weeksPerYear(),
                line.buildTime.mean() / 3600,
                line.buildTimePercentiles.at(50) / 3600,
                line.buildTimePercentiles.at(90) / 3600,
                line.buildTimePercentiles.at(95) / 3600,
                line.buildTimePercentiles.at(99) / 3600,
                line.buildTime.max() / 3600,
                line.completed > 0 ? operators * onHours / line.completed : Double.NaN,
                line.wip.mean(line.end),
                bottleneck(line),
                capacity.maxPerHour(),
                line.events(), line.end,
                line.supply == null ? Double.NaN : line.supply.withinRadiusShare(),
                line.supply == null ? Double.NaN : line.supply.withinRadiusVolumeShare(),
                inbound, perVehicle[0], perVehicle[1], perVehicle[2]);
        return t;
    }

    static Table parts(Line line) {
        Table t = new Table("parts", PART_COLUMNS);
        for (LineSideStock s : line.supply.stocks()) {
            t.addRow(s.name(), s.spec().station(), s.supplierName(), s.meanLevel(line.end), (long) s.minLevel(),
                    s.stockoutHours(line.end), s.consumed(), s.deliveries(), s.lateDeliveries(), s.overflow());
        }
        return t;
    }

    static Table suppliers(Line line) {
        Table t = new Table("suppliers", SUPPLIER_COLUMNS);
        for (Supplier s : line.supply.suppliers()) {
            t.addRow(s.name(), s.roadKm(), s.transitHours(), s.withinRadius(), s.trips(), s.truckKm(), s.co2Kg());
        }
        return t;
    }

    /** The station with the largest active-period (sole + shifting) bottleneck share. */
    static String bottleneck(Line line) {
        String best = null;
        double bestShare = 0;
        for (Station s : line.stations) {
            double share = line.bottlenecks.soleTime(s.index) + line.bottlenecks.shiftingTime(s.index);
            if (share > bestShare) {
                bestShare = share;
                best = s.name;
            }
        }
        return best;
    }

    static Table stations(Line line) {
        double span = line.end - line.warmup;
        Table t = new Table("stations", STATION_COLUMNS);
        for (Station s : line.stations) {
            double serverTime = span * s.servers.length;
            double[] f = new double[ServerState.ALL.length];
            for (int k = 0; k < f.length; k++) f[k] = serverTime > 0 ? s.stateTime[k] / serverTime : 0;
            double sole = line.bottlenecks.soleTime(s.index) / span;
            double shifting = line.bottlenecks.shiftingTime(s.index) / span;
            t.addRow(s.name, s.servers.length, s.spec.operators(), s.processed,
                    f[ServerState.WORKING.ordinal()], f[ServerState.BLOCKED.ordinal()],
                    f[ServerState.STARVED.ordinal()], f[ServerState.STARVED_PARTS.ordinal()],
                    f[ServerState.DOWN.ordinal()], f[ServerState.SETUP.ordinal()],
                    f[ServerState.OFF_SHIFT.ordinal()], s.failures,
                    s.processed > 0 ? s.processTimeSum / s.processed : Double.NaN,
                    sole, shifting, sole + shifting);
        }
        return t;
    }

    static Table buffers(Line line) {
        Table t = new Table("buffers", BUFFER_COLUMNS);
        for (Station s : line.stations) {
            Buffer b = s.buffer;
            t.addRow(b.name, s.spec.unlimitedBuffer() ? null : (long) b.capacity,
                    b.meanContent(line.end), (long) b.maxContent(), b.fullFraction(line.end));
        }
        return t;
    }

    static Table products(Line line) {
        Table t = new Table("products", PRODUCT_COLUMNS);
        for (int p = 0; p < line.productNames.length; p++) {
            t.addRow(line.productNames[p], line.completedByProduct[p],
                    line.completed > 0 ? (double) line.completedByProduct[p] / line.completed : Double.NaN,
                    line.buildTimeByProduct[p].mean() / 3600,
                    line.buildTimePercentilesByProduct[p].at(90) / 3600);
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
        Table stations = new Table("stations", List.of("name", "servers", "mean_process_s",
                "availability", "capacity_per_hour", "output_capacity_per_hour", "capacity_bottleneck"));
        for (Capacity.StationCapacity s : c.stations()) {
            stations.addRow(s.name(), s.servers(), s.meanProcessSeconds(), s.availability(),
                    s.capacityPerHour(), s.outputCapacityPerHour(), s.name().equals(c.bottleneck()));
        }
        if (c.supply().isEmpty()) return List.of(summary, stations);
        Table supply = new Table("suppliers", List.of("name", "part", "parts_per_vehicle", "max_parts_per_hour",
                "max_vehicles_per_hour", "capacity_bottleneck"));
        for (Capacity.SupplyCapacity s : c.supply()) {
            supply.addRow(s.supplier(), s.part(), s.partsPerVehicle(), s.maxPartsPerHour(), s.maxVehiclesPerHour(),
                    s.supplier().equals(c.bottleneck()));
        }
        return List.of(summary, stations, supply);
    }
}
