package io.elsim.supply;

import io.elsim.engine.RandomStream;
import io.elsim.engine.RandomStreams;
import io.elsim.engine.Sampler;
import io.elsim.engine.Simulator;
import io.elsim.model.DistributionSpec;
import io.elsim.model.Geo;
import io.elsim.model.LineSpec;
import io.elsim.model.PartSpec;
import io.elsim.model.SupplierSpec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The supply network of one run: a line-side stock per part and a {@link Supplier} per
 * supplier, each with its own random streams ("supplier:NAME:delay", ":reliability",
 * ":late-by"). Built and started by the line, which owns the hook into its stations.
 */
public final class Supply {
    private final Map<String, LineSideStock> stocks = new LinkedHashMap<>();
    private final List<Supplier> suppliers = new ArrayList<>();

    /**
     * @param samplers turns a configured distribution into a sampler on a stream (the line's
     *                 distribution factory, passed in so that supply does not depend on the line)
     */
    public Supply(LineSpec spec, Simulator sim, RandomStreams streams,
                  BiFunction<DistributionSpec, RandomStream, Sampler> samplers) {
        int i = 0;
        for (PartSpec p : spec.parts()) stocks.put(p.name(), new LineSideStock(p, i++));
        for (SupplierSpec s : spec.suppliers()) {
            LineSideStock[] own = s.parts().stream().map(stocks::get).toArray(LineSideStock[]::new);
            String prefix = "supplier:" + s.name() + ":";
            Sampler delay = samplers.apply(s.delay(), streams.stream(prefix + "delay"));
            Sampler lateBy = samplers.apply(s.reliability().lateBy(), streams.stream(prefix + "late-by"));
            double road = Geo.roadKm(s, spec.site(), spec.logistics());
            suppliers.add(new Supplier(s, own, road, spec.logistics(), sim, delay, lateBy,
                    streams.stream(prefix + "reliability")));
        }
    }

    public List<LineSideStock> stocks() { return List.copyOf(stocks.values()); }

    public LineSideStock stock(String part) { return stocks.get(part); }

    public List<Supplier> suppliers() { return List.copyOf(suppliers); }

    /** Time 0: suppliers place their first orders. */
    public void start() {
        for (Supplier s : suppliers) s.start();
    }

    public void resetStats(double now) {
        for (LineSideStock s : stocks.values()) s.resetStats(now);
        for (Supplier s : suppliers) s.resetStats();
    }

    /** Share of suppliers within the radius, by count; NaN without suppliers. */
    public double withinRadiusShare() {
        if (suppliers.isEmpty()) return Double.NaN;
        return suppliers.stream().filter(Supplier::withinRadius).count() / (double) suppliers.size();
    }

    /** Share of the parts delivered (since the reset) that came from within the radius; NaN if none. */
    public double withinRadiusVolumeShare() {
        long all = 0;
        long near = 0;
        for (Supplier s : suppliers) {
            long n = s.partsDelivered();
            all += n;
            if (s.withinRadius()) near += n;
        }
        return all == 0 ? Double.NaN : (double) near / all;
    }

    /** Inbound truck CO2 since the reset, kg. */
    public double co2Kg() {
        double kg = 0;
        for (Supplier s : suppliers) kg += s.co2Kg();
        return kg;
    }
}
