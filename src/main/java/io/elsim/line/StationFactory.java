package io.elsim.line;

import io.elsim.engine.RandomStreams;
import io.elsim.engine.Sampler;
import io.elsim.model.FailureSpec;
import io.elsim.model.StationSpec;
import io.elsim.stats.ShiftingBottleneck;

/**
 * Wires a station's random processes to their own streams, each named after the station and
 * the process ("station:paint:cycle"), so that streams never depend on station order.
 */
final class StationFactory {
    private StationFactory() { }

    static Station create(StationSpec spec, int index, RunContext ctx, ShiftingBottleneck bottlenecks,
                          RandomStreams streams, String[] products) {
        String prefix = "station:" + spec.name() + ":";
        Sampler[] cycle = new Sampler[products.length];
        // one stream for all products: the product mix must not shift another product's draws
        var cycleStream = streams.stream(prefix + "cycle");
        for (int p = 0; p < products.length; p++) {
            cycle[p] = Distributions.sampler(spec.cycleFor(products[p]), cycleStream);
        }
        Sampler setup = spec.setup() == null ? null
                : Distributions.sampler(spec.setup().time(), streams.stream(prefix + "setup"));
        FailureSpec f = spec.failures();
        // each server fails on its own clock, so each has its own streams: adding a server
        // leaves the others' failures unchanged (server 0 keeps the station's stream names)
        Sampler[] mtbf = null;
        Sampler[] mttr = null;
        if (f != null) {
            mtbf = new Sampler[spec.servers()];
            mttr = new Sampler[spec.servers()];
            for (int i = 0; i < spec.servers(); i++) {
                String suffix = i == 0 ? "" : "#" + i;
                mtbf[i] = Distributions.sampler(f.mtbf(), streams.stream(prefix + "mtbf" + suffix));
                mttr[i] = Distributions.sampler(f.mttr(), streams.stream(prefix + "mttr" + suffix));
            }
        }
        Sampler reworkTime = spec.rework() == null ? null
                : Distributions.sampler(spec.rework().time(), streams.stream(prefix + "rework-time"));
        return new Station(spec, index, ctx, bottlenecks, cycle, setup, mtbf, mttr, reworkTime,
                streams.stream(prefix + "rework"), streams.stream(prefix + "scrap"));
    }
}
