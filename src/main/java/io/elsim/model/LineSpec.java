package io.elsim.model;

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
        String entry) {

    public static final String DEFAULT_PRODUCT = "vehicle";

    public LineSpec {
        products = List.copyOf(products);
        stations = List.copyOf(stations);
        targets = targets == null ? List.of() : List.copyOf(targets);
        logistics = logistics == null ? LogisticsSpec.DEFAULT : logistics;
        parts = parts == null ? List.of() : List.copyOf(parts);
        suppliers = suppliers == null ? List.of() : List.copyOf(suppliers);
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
                targets, newSite, newLogistics, newParts, newSuppliers, energy, entry);
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
                newStations, targets, site, logistics, parts, suppliers, energy, entry);
    }

    /** The same plant with the release feeding the named station: for tests. */
    public LineSpec withEntry(String newEntry) {
        return new LineSpec(name, seed, horizon, warmup, calendar, products, sequence, release,
                stations, targets, site, logistics, parts, suppliers, energy, newEntry);
    }

    /** The station the release feeds. */
    public String entryStation() {
        return entry != null ? entry : stations.get(0).name();
    }

    /** The same line with {@code newEnergy} as its energy section (null for none): for tests. */
    public LineSpec withEnergy(EnergySpec newEnergy) {
        return new LineSpec(name, seed, horizon, warmup, calendar, products, sequence, release, stations, targets,
                site, logistics, parts, suppliers, newEnergy, entry);
    }

    /** Whether the run accounts for energy: an energy section, or a station with power figures. */
    public boolean modelsEnergy() {
        return energy != null || stations.stream().anyMatch(StationSpec::hasPower);
    }
}
