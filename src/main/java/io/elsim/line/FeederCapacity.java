package io.elsim.line;

import io.elsim.model.FeederSpec;
import io.elsim.model.LineSpec;
import io.elsim.model.ProductSpec;
import io.elsim.model.ReleaseSpec;
import io.elsim.model.SequenceSpec;
import io.elsim.model.StationSpec;

import java.util.ArrayList;
import java.util.List;

/**
 * The capacity of each feeder's stations per vehicle, for {@code elsim capacity}. A feeder is
 * analysed as a line of its own whose products are the units' (a product's share times its
 * units per vehicle); a station's output in units per hour, divided by the units one vehicle
 * needs on average, is its capacity in vehicles per hour, and its visits per unit times those
 * units are its visits per vehicle. A feeder working its own calendar has its capacity scaled by
 * its working hours over the plant's (what it builds off the plant's shifts waits in its store).
 */
final class FeederCapacity {
    private FeederCapacity() { }

    static List<Capacity.StationCapacity> of(LineSpec spec, double[] share) {
        List<Capacity.StationCapacity> result = new ArrayList<>();
        double plantHours = new WorkCalendar(spec.calendar()).weeklyOnHours();
        for (FeederSpec f : spec.feeders()) {
            List<ProductSpec> units = new ArrayList<>();
            double perVehicle = 0;
            for (int p = 0; p < share.length; p++) {
                String product = spec.products().get(p).name();
                double u = share[p] * f.unitsFor(product);
                perVehicle += u;
                units.add(new ProductSpec(product, u));
            }
            LineSpec line = new LineSpec(f.name(), spec.seed(), spec.horizon(), 0, null, units,
                    new SequenceSpec.Random(), new ReleaseSpec.Unlimited(), f.stations(), List.of());
            double hours = f.calendar() == null || plantHours <= 0 ? 1
                    : new WorkCalendar(f.calendar()).weeklyOnHours() / plantHours;
            for (Capacity.StationCapacity s : Capacity.of(line).stations()) {
                result.add(new Capacity.StationCapacity(s.name(), s.servers(), s.meanProcessSeconds(), s.availability(),
                        s.capacityPerHour(), s.outputCapacityPerHour() * hours / perVehicle,
                        s.visitsPerVehicle() * perVehicle, f.name()));
            }
        }
        return result;
    }

    /** Units built per vehicle at a station: 1 on the main line, the feeder's units per vehicle on a feeder. */
    static int unitsAt(LineSpec spec, String station, String product) {
        for (FeederSpec f : spec.feeders()) {
            for (StationSpec s : f.stations()) if (s.name().equals(station)) return f.unitsFor(product);
        }
        return 1;
    }
}
