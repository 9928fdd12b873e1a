package io.elsim.line;

import io.elsim.model.Geo;
import io.elsim.model.LineSpec;
import io.elsim.model.PartSpec;
import io.elsim.model.PolicySpec;
import io.elsim.model.ProductSpec;
import io.elsim.model.ReleaseSpec;
import io.elsim.model.SequenceSpec;
import io.elsim.model.StationSpec;
import io.elsim.model.SupplierSpec;
import io.elsim.model.TruckSpec;
import io.elsim.model.Units;

import java.util.ArrayList;
import java.util.List;

/**
 * Analytic bounds without simulation (Hopp and Spearman, Factory Physics, ch. 7): each
 * station's capacity = servers × availability / effective mean process time, the bottleneck,
 * the maximum output rate, raw process time and critical WIP. In a network each station's
 * capacity is divided by its visit ratio ({@link Visits}: a station visited 1.25 times per
 * vehicle has 1/1.25 of its capacity per vehicle; one of two parallel stations sharing the work
 * 0.5 visits, so twice); scrap downstream of a station scales what its capacity means in
 * finished vehicles. The bottleneck is the station with the least output capacity, or
 * "release" when the release rate is below it in every shift.
 */
public final class Capacity {

    /**
     * One station's analytic figures.
     *
     * @param visitsPerVehicle visits per completed vehicle, from the routing (1 on a serial line
     *                         without scrap); the station has 1/visits of its capacity per vehicle
     */
    public record StationCapacity(String name, int servers, double meanProcessSeconds,
                                  double availability, double capacityPerHour,
                                  double outputCapacityPerHour, double visitsPerVehicle, String line) {
        public StationCapacity(String name, int servers, double meanProcessSeconds, double availability,
                               double capacityPerHour, double outputCapacityPerHour, double visitsPerVehicle) {
            this(name, servers, meanProcessSeconds, availability, capacityPerHour, outputCapacityPerHour,
                    visitsPerVehicle, StationStats.MAIN_LINE);
        }
    }

    /** Visits of a station per completed vehicle of one product (when products route differently). */
    public record ProductVisits(String station, String product, double visitsPerVehicle) { }

    /**
     * What one supplier can deliver of one part, 24/7. Trucks: fleet × capacity / round trip
     * (load + drive + mean delay + mean lateness + unload + drive back), shared between the
     * supplier's parts; {@code every}: a truckload per period; reorder point: also at most
     * (reorder_point + order_quantity) per lead time, since no more is ever in stock or on order.
     */
    public record SupplyCapacity(String supplier, String part, double partsPerVehicle, double maxPartsPerHour,
                                 double maxVehiclesPerHour) { }

    /**
     * @param maxPerHourOnShift output rate limit of the line while working (stations only)
     * @param maxPerHour output per calendar hour under the calendar, release and stations
     * @param rawProcessHours sum of mean process times along the line (T0)
     * @param criticalWip W0 = r_b × T0, the WIP at which a perfect line reaches full rate
     */
    public record Result(List<StationCapacity> stations, String bottleneck, double maxPerHourOnShift,
                         double maxPerHour, double maxPerWeek, double maxPerYear,
                         double rawProcessHours, double criticalWip, double weeklyOnHours,
                         List<SupplyCapacity> supply, List<ProductVisits> productVisits) {
        public Result {
            supply = supply == null ? List.of() : List.copyOf(supply);
            productVisits = productVisits == null ? List.of() : List.copyOf(productVisits);
        }
    }

    private Capacity() { }

    public static Result of(LineSpec spec) {
        double[] share = productShares(spec);
        double changeProbability = changeProbability(spec, share);
        List<StationCapacity> list = new ArrayList<>();
        List<StationSpec> stations = spec.stations();
        int n = stations.size();
        int products = share.length;
        // per visit: mean process time over the product mix, availability, capacity
        double[] perVisitCapacity = new double[n];
        for (int i = 0; i < n; i++) {
            StationSpec s = stations.get(i);
            double process = 0;
            for (int p = 0; p < products; p++) process += share[p] * s.cycleFor(spec.products().get(p).name()).mean();
            double availability = s.failures() == null ? 1 : s.failures().availability();
            perVisitCapacity[i] = process <= 0 ? Double.POSITIVE_INFINITY : s.servers() * availability / process;
        }
        Visits visits = Visits.of(spec, true, perVisitCapacity);
        Visits good = Visits.of(spec, false, perVisitCapacity);
        // finished vehicles per released vehicle
        double endShare = 0;
        for (int p = 0; p < products; p++) endShare += share[p] * visits.endShare[p];
        String bottleneck = null;
        double best = Double.POSITIVE_INFINITY;
        double raw = 0;
        for (int i = 0; i < n; i++) {
            StationSpec s = stations.get(i);
            double visitsPerReleased = 0;
            double work = 0; // seconds of processing per released vehicle
            double goodWork = 0; // along the path of a vehicle that completes, without scrap
            for (int p = 0; p < products; p++) {
                double c = s.cycleFor(spec.products().get(p).name()).mean();
                visitsPerReleased += share[p] * visits.perReleased[p][i];
                work += share[p] * visits.perReleased[p][i] * c;
                goodWork += share[p] * good.perReleased[p][i] * c / good.endShare[p];
            }
            raw += goodWork;
            double setup = s.setup() == null ? 0 : changeProbability * s.setup().time().mean();
            work += setup * visitsPerReleased;
            double effective = visitsPerReleased > 0 ? work / visitsPerReleased
                    : setup + perVisitMean(spec, s, share);
            double availability = s.failures() == null ? 1 : s.failures().availability();
            double cap = effective <= 0 ? Double.POSITIVE_INFINITY : s.servers() * availability * 3600 / effective;
            // finished vehicles per hour when this station works flat out
            double out = work <= 0 ? Double.POSITIVE_INFINITY
                    : s.servers() * availability * 3600 / work * endShare;
            list.add(new StationCapacity(s.name(), s.servers(), effective, availability, cap, out,
                    endShare > 0 ? visitsPerReleased / endShare : Double.NaN));
            if (out < best) {
                best = out;
                bottleneck = s.name();
            }
        }
        for (StationCapacity f : FeederCapacity.of(spec, share)) {
            list.add(f);
            if (f.outputCapacityPerHour() < best) {
                best = f.outputCapacityPerHour();
                bottleneck = f.name();
            }
        }
        List<ProductVisits> productVisits = productsRouteApart(spec) ? productVisits(spec, visits) : List.of();
        WorkCalendar calendar = new WorkCalendar(spec.calendar());
        double week = 0;
        double segmentStart = 0;
        boolean releaseLimits = true;
        // walk the week's segments: each gives min(stations, release) × its working hours
        while (segmentStart < Units.WEEK) {
            double segmentEnd = Math.min(calendar.nextChange(segmentStart), Units.WEEK);
            if (calendar.isOn(segmentStart)) {
                double released = releaseRate(spec, calendar.taktAt(segmentStart)) * endShare;
                releaseLimits &= released < best;
                double rate = Math.min(best, released);
                week += rate * (segmentEnd - segmentStart) / 3600;
            }
            segmentStart = segmentEnd;
        }
        double perHour = week / 168;
        // when the release is slower than every station in every shift, it is what limits output
        if (releaseLimits && week > 0) bottleneck = "release";
        double rb = best;
        double criticalWip = rb * raw / 3600;
        // suppliers deliver around the clock: compare per calendar hour
        List<SupplyCapacity> supply = supply(spec, share);
        for (SupplyCapacity c : supply) {
            if (c.maxVehiclesPerHour() < perHour) {
                perHour = c.maxVehiclesPerHour();
                week = perHour * 168;
                bottleneck = c.supplier();
            }
        }
        return new Result(List.copyOf(list), bottleneck, best, perHour, week,
                week * spec.weeksPerYear(), raw / 3600, criticalWip, calendar.weeklyOnHours(), supply, productVisits);
    }

    private static double perVisitMean(LineSpec spec, StationSpec s, double[] share) {
        double process = 0;
        for (int p = 0; p < share.length; p++) process += share[p] * s.cycleFor(spec.products().get(p).name()).mean();
        return process;
    }

    /** Whether some station routes by product, so that visit ratios differ between products. */
    static boolean productsRouteApart(LineSpec spec) {
        return spec.products().size() > 1 && spec.stations().stream()
                .anyMatch(s -> s.routes().stream().anyMatch(r -> !r.products().isEmpty()));
    }

    private static List<ProductVisits> productVisits(LineSpec spec, Visits visits) {
        List<ProductVisits> result = new ArrayList<>();
        for (int i = 0; i < spec.stations().size(); i++) {
            for (int p = 0; p < spec.products().size(); p++) {
                double end = visits.endShare[p];
                result.add(new ProductVisits(spec.stations().get(i).name(), spec.products().get(p).name(),
                        end > 0 ? visits.perReleased[p][i] / end : Double.NaN));
            }
        }
        return result;
    }

    static List<SupplyCapacity> supply(LineSpec spec, double[] share) {
        List<SupplyCapacity> result = new ArrayList<>();
        for (SupplierSpec s : spec.suppliers()) {
            TruckSpec t = s.truck();
            double drive = t.driveSeconds(Geo.roadKm(s, spec.site(), spec.logistics()));
            double late = (1 - s.reliability().onTime()) * s.reliability().lateBy().mean();
            double lead = t.loadTime() + drive + s.delay().mean() + late + t.unloadTime();
            double roundTrip = lead + drive;
            int parts = s.parts().size();
            double fleet = t.asNeeded() ? Double.POSITIVE_INFINITY
                    : roundTrip <= 0 ? Double.POSITIVE_INFINITY : t.trucks() * t.capacity() * 3600 / roundTrip / parts;
            double rate;
            if (s.policy() instanceof PolicySpec.Every e) {
                rate = Math.min(fleet, t.capacity() * 3600 / e.period());
            } else {
                PolicySpec.ReorderPoint rp = (PolicySpec.ReorderPoint) s.policy();
                double orderLimit = lead <= 0 ? Double.POSITIVE_INFINITY
                        : (rp.reorderPoint() + rp.orderQuantity()) * 3600 / lead;
                rate = Math.min(fleet * rp.orderQuantity() / t.capacity(), orderLimit);
            }
            for (String part : s.parts()) {
                PartSpec p = spec.parts().stream().filter(x -> x.name().equals(part)).findFirst().orElseThrow();
                double perVehicle = 0;
                for (int i = 0; i < share.length; i++) {
                    String product = spec.products().get(i).name();
                    perVehicle += share[i] * p.quantityFor(product) * FeederCapacity.unitsAt(spec, p.station(), product);
                }
                result.add(new SupplyCapacity(s.name(), part, perVehicle, rate,
                        perVehicle > 0 ? rate / perVehicle : Double.POSITIVE_INFINITY));
            }
        }
        return result;
    }

    private static double releaseRate(LineSpec spec, double shiftTakt) {
        if (!Double.isNaN(shiftTakt)) return 3600 / shiftTakt;
        if (spec.release() instanceof ReleaseSpec.Takt t) return 3600 / t.seconds();
        if (spec.release() instanceof ReleaseSpec.Interarrival ia) return 3600 / ia.distribution().mean();
        return Double.POSITIVE_INFINITY;
    }

    static double[] productShares(LineSpec spec) {
        List<ProductSpec> products = spec.products();
        double[] share = new double[products.size()];
        if (spec.sequence() instanceof SequenceSpec.Repeat r) {
            for (String name : r.pattern()) {
                for (int p = 0; p < products.size(); p++) {
                    if (products.get(p).name().equals(name)) share[p] += 1.0 / r.pattern().size();
                }
            }
            return share;
        }
        double total = products.stream().mapToDouble(ProductSpec::share).sum();
        for (int p = 0; p < share.length; p++) share[p] = products.get(p).share() / total;
        return share;
    }

    /** Probability that a vehicle's product differs from the one before it. */
    private static double changeProbability(LineSpec spec, double[] share) {
        if (spec.sequence() instanceof SequenceSpec.Repeat r) {
            List<String> pattern = r.pattern();
            int changes = 0;
            for (int i = 0; i < pattern.size(); i++) {
                if (!pattern.get(i).equals(pattern.get((i + 1) % pattern.size()))) changes++;
            }
            return (double) changes / pattern.size();
        }
        double same = 0;
        for (double s : share) same += s * s;
        return 1 - same;
    }
}
