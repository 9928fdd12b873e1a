package io.elsim.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A whole line config after loading and validation. Times are seconds.
 *
 * @param calendar null when the line works 24/7
 * @param products never empty: one product named "vehicle" when the config has none
 * @param site null when the config has none (suppliers must then give distance_km)
 * @param logistics never null: {@link LogisticsSpec#DEFAULT} when the config has none
 * @param parts empty when the line has no modelled supply
 * @param energy null when the config has no {@code energy} section
 * @param entry the station the release feeds ({@code release.to}); null = the first in the list
 * @param feeders the feeder lines joining the main line at assembly stations; empty when none
 */
public record LineSpec(
        String name,
        long seed,
        double horizon,
        double warmup,
        CalendarSpec calendar,
        List<ProductSpec> products,
        SequenceSpec sequence,
        ReleaseSpec release,
        List<StationSpec> stations,
        List<TargetSpec> targets,
        SiteSpec site,
        LogisticsSpec logistics,
        List<PartSpec> parts,
        List<SupplierSpec> suppliers,
        EnergySpec energy,
        String entry,
        List<FeederSpec> feeders) {

    public static final String DEFAULT_PRODUCT = "vehicle";

    public LineSpec {
        products = List.copyOf(products);
        stations = List.copyOf(stations);
        targets = targets == null ? List.of() : List.copyOf(targets);
        logistics = logistics == null ? LogisticsSpec.DEFAULT : logistics;
        parts = parts == null ? List.of() : List.copyOf(parts);
        suppliers = suppliers == null ? List.of() : List.copyOf(suppliers);
        feeders = feeders == null ? List.of() : List.copyOf(feeders);
    }

    /** A plant without feeder lines. */
    public LineSpec(String name, long seed, double horizon, double warmup, CalendarSpec calendar,
                    List<ProductSpec> products, SequenceSpec sequence, ReleaseSpec release,
                    List<StationSpec> stations, List<TargetSpec> targets, SiteSpec site, LogisticsSpec logistics,
                    List<PartSpec> parts, List<SupplierSpec> suppliers, EnergySpec energy, String entry) {
        this(name, seed, horizon, warmup, calendar, products, sequence, release, stations, targets, site, logistics,
                parts, suppliers, energy, entry, List.of());
    }

    /** A plant released into its first station. */
    public LineSpec(String name, long seed, double horizon, double warmup, CalendarSpec calendar,
                    List<ProductSpec> products, SequenceSpec sequence, ReleaseSpec release,
                    List<StationSpec> stations, List<TargetSpec> targets, SiteSpec site, LogisticsSpec logistics,
                    List<PartSpec> parts, List<SupplierSpec> suppliers, EnergySpec energy) {
        this(name, seed, horizon, warmup, calendar, products, sequence, release, stations, targets, site, logistics,
                parts, suppliers, energy, null);
    }

    /** A line without an energy section. */
    public LineSpec(String name, long seed, double horizon, double warmup, CalendarSpec calendar,
                    List<ProductSpec> products, SequenceSpec sequence, ReleaseSpec release,
                    List<StationSpec> stations, List<TargetSpec> targets, SiteSpec site, LogisticsSpec logistics,
                    List<PartSpec> parts, List<SupplierSpec> suppliers) {
        this(name, seed, horizon, warmup, calendar, products, sequence, release, stations, targets, site, logistics,
                parts, suppliers, null);
    }

    /** A line without modelled supply (kept so that code written before supply compiles unchanged). */
    public LineSpec(String name, long seed, double horizon, double warmup, CalendarSpec calendar,
                    List<ProductSpec> products, SequenceSpec sequence, ReleaseSpec release,
                    List<StationSpec> stations, List<TargetSpec> targets) {
        this(name, seed, horizon, warmup, calendar, products, sequence, release, stations, targets,
                null, null, null, null);
    }

    /** A 24/7 single-product line: for tests. */
    public static LineSpec of(String name, long seed, double horizon, double warmup,
                              ReleaseSpec release, List<StationSpec> stations) {
        return new LineSpec(name, seed, horizon, warmup, null,
                List.of(new ProductSpec(DEFAULT_PRODUCT, 1.0)), new SequenceSpec.Random(),
                release, stations, List.of(), null, null, null, null, null);
    }

    /** The same line fed by the given parts and suppliers: for tests. */
    public LineSpec withSupply(SiteSpec newSite, LogisticsSpec newLogistics, List<PartSpec> newParts,
                               List<SupplierSpec> newSuppliers) {
        return new LineSpec(name, seed, horizon, warmup, calendar, products, sequence, release, stations,
                targets, newSite, newLogistics, newParts, newSuppliers, energy, entry, feeders);
    }

    public double weeksPerYear() {
        return calendar == null ? CalendarSpec.DEFAULT_WEEKS_PER_YEAR : calendar.weeksPerYear();
    }

    /** Working days per week of the calendar; 7 for a line working 24/7. */
    public int workingDaysPerWeek() {
        return calendar == null ? 7 : Math.max(1, calendar.workingDaysPerWeek());
    }

    public LineSpec withStations(List<StationSpec> newStations) {
        return new LineSpec(name, seed, horizon, warmup, calendar, products, sequence, release,
                newStations, targets, site, logistics, parts, suppliers, energy, entry, feeders);
    }

    /** The same plant with the release feeding the named station: for tests. */
    public LineSpec withEntry(String newEntry) {
        return new LineSpec(name, seed, horizon, warmup, calendar, products, sequence, release,
                stations, targets, site, logistics, parts, suppliers, energy, newEntry, feeders);
    }

    /** The station the release feeds. */
    public String entryStation() {
        return entry != null ? entry : stations.get(0).name();
    }

    /** The same line with {@code newEnergy} as its energy section (null for none): for tests. */
    public LineSpec withEnergy(EnergySpec newEnergy) {
        return new LineSpec(name, seed, horizon, warmup, calendar, products, sequence, release, stations, targets,
                site, logistics, parts, suppliers, newEnergy, entry, feeders);
    }

    /** The same plant with the given feeder lines: for tests. */
    public LineSpec withFeeders(List<FeederSpec> newFeeders) {
        return new LineSpec(name, seed, horizon, warmup, calendar, products, sequence, release, stations, targets,
                site, logistics, parts, suppliers, energy, entry, newFeeders);
    }

    /** The stations of the main line, then those of each feeder in config order: every station of the plant. */
    public List<StationSpec> allStations() {
        if (feeders.isEmpty()) return stations;
        List<StationSpec> all = new ArrayList<>(stations);
        for (FeederSpec f : feeders) all.addAll(f.stations());
        return all;
    }

    /** Whether the run accounts for energy: an energy section, or a station with power figures. */
    public boolean modelsEnergy() {
        return energy != null || allStations().stream().anyMatch(StationSpec::hasPower);
    }
}
