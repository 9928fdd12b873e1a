package io.elsim.line;

import io.elsim.engine.RandomStreams;
import io.elsim.engine.Sampler;
import io.elsim.model.FeederSpec;
import io.elsim.model.LineSpec;
import io.elsim.model.ReleaseSpec;
import io.elsim.stats.ShiftingBottleneck;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the feeder lines of a plant once its main line exists: each feeder's stations (indexed
 * after the main line's), its store, how its units start, its own calendar if it has one, and the
 * {@link Assembly} of every station that feeders deliver into.
 */
final class FeederBuilder {
    private FeederBuilder() { }

    static Feeder[] build(LineSpec spec, RunContext plant, ShiftingBottleneck bottlenecks, RandomStreams streams,
                          String[] products, Station[] main, double end) {
        List<FeederSpec> specs = spec.feeders();
        Feeder[] feeders = new Feeder[specs.size()];
        int next = main.length;
        for (int k = 0; k < feeders.length; k++) {
            FeederSpec fs = specs.get(k);
            RunContext ctx = fs.calendar() == null ? plant : new RunContext(plant);
            Feeder f = new Feeder(fs, ctx, products);
            f.stations = NetworkBuilder.stations(fs.stations(), next, ctx, bottlenecks, streams, products);
            next += f.stations.length;
            for (Station s : f.stations) s.line = fs.name();
            f.store = new UnitStore(f, ctx, fs.store());
            NetworkBuilder.wire(f.stations, f.store, f, streams, products);
            if (fs.start() instanceof FeederSpec.Push push) {
                Sampler interval = push.release() instanceof ReleaseSpec.Takt t ? Sampler.constant(t.seconds()) : null;
                ProductSequence sequence = units(ProductSequence.of(spec.sequence(), spec.products(),
                        streams.stream("feeder:" + fs.name() + ":product")), f.unitsPerProduct);
                f.push = new Release(ctx, f.stations[0], f, f.pool, sequence, interval);
            } else {
                f.orders = new UnitOrders(f.stations[0], f);
                Station from = named(main, fs.startStation());
                from.starts = append(from.starts, f);
            }
            if (fs.calendar() != null) f.shifts = new FeederShifts(f, new WorkCalendar(fs.calendar()), end);
            feeders[k] = f;
        }
        for (Station s : main) {
            List<Feeder> into = new ArrayList<>();
            for (Feeder f : feeders) if (f.spec.into().equals(s.name)) into.add(f);
            if (!into.isEmpty()) s.assembly = new Assembly(plant, s, into.toArray(Feeder[]::new));
        }
        return feeders;
    }

    /**
     * The products of pushed units: the line's sequence, each product repeated for the units one
     * of its vehicles needs (none for a product that needs none).
     */
    static ProductSequence units(ProductSequence vehicles, int[] perProduct) {
        return new ProductSequence() {
            private int product;
            private int left;

            @Override int next() {
                while (left == 0) {
                    product = vehicles.next();
                    left = perProduct[product];
                }
                left--;
                return product;
            }
        };
    }

    private static Station named(Station[] stations, String name) {
        for (Station s : stations) if (s.name.equals(name)) return s;
        throw new IllegalArgumentException("no main-line station '" + name + "'");
    }

    private static Feeder[] append(Feeder[] a, Feeder f) {
        Feeder[] b = new Feeder[a == null ? 1 : a.length + 1];
        if (a != null) System.arraycopy(a, 0, b, 0, a.length);
        b[b.length - 1] = f;
        return b;
    }
}
