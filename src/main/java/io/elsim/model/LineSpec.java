package io.elsim.model;

import java.util.List;

/**
 * A whole line config after loading and validation. Times are seconds.
 *
 * @param calendar null when the line works 24/7
 * @param products never empty: one product named "vehicle" when the config has none
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
        List<TargetSpec> targets) {

    public static final String DEFAULT_PRODUCT = "vehicle";

    public LineSpec {
        products = List.copyOf(products);
        stations = List.copyOf(stations);
        targets = targets == null ? List.of() : List.copyOf(targets);
    }

    /** A 24/7 single-product line: for tests. */
    public static LineSpec of(String name, long seed, double horizon, double warmup,
                              ReleaseSpec release, List<StationSpec> stations) {
        return new LineSpec(name, seed, horizon, warmup, null,
                List.of(new ProductSpec(DEFAULT_PRODUCT, 1.0)), new SequenceSpec.Random(),
                release, stations, List.of());
    }

    public double weeksPerYear() {
        return calendar == null ? CalendarSpec.DEFAULT_WEEKS_PER_YEAR : calendar.weeksPerYear();
    }

    public LineSpec withStations(List<StationSpec> newStations) {
        return new LineSpec(name, seed, horizon, warmup, calendar, products, sequence, release,
                newStations, targets);
    }
}
