package io.elsim.bench;

import io.elsim.engine.RandomStreams;
import io.elsim.engine.Sampler;
import io.elsim.line.Distributions;
import io.elsim.model.LineSpec;
import io.elsim.model.ReleaseSpec;
import io.elsim.model.StationSpec;

/**
 * The most a line kernel specialised for simple lines could reach inside elsim: the line of
 * {@link MeasuredLine} in primitive arrays, with elsim's statistics, on elsim's engine, drawing
 * each station's cycle times from elsim's sampler on the station's own stream, as a line built
 * from a config must. With the config's streams it is the same simulation as elsim's run of
 * that config, decision for decision ({@code LineLoopsTest} checks it), so its speed is what a
 * second, specialised implementation of such lines would buy (docs/performance.md).
 */
final class KernelBoundLine extends ElsimMeasuredLine {
    private final Sampler[] cycle;

    /**
     * The line of {@code spec}, which must be of the form {@link MeasuredLine} simulates: an
     * unlimited source, one product, no shifts, single servers, 2 places in front of every
     * station but the first, no failures, setups, rework or scrap.
     */
    KernelBoundLine(LineSpec spec) {
        super(spec.stations().size(), spec.horizon());
        if (!(spec.release() instanceof ReleaseSpec.Unlimited) || spec.products().size() != 1
                || spec.calendar() != null || spec.warmup() != 0) {
            throw new IllegalArgumentException("not a line MeasuredLine simulates: " + spec.name());
        }
        RandomStreams streams = new RandomStreams(spec.seed(), 0);
        cycle = new Sampler[spec.stations().size()];
        for (int s = 0; s < cycle.length; s++) {
            StationSpec station = spec.stations().get(s);
            if (station.servers() != 1 || station.buffer() != (s == 0 ? 0 : 2) || station.failures() != null
                    || station.setup() != null || station.rework() != null || station.scrap() != 0) {
                throw new IllegalArgumentException("not a station MeasuredLine simulates: " + station.name());
            }
            // the stream StationFactory gives the station, so the draws are elsim's own
            cycle[s] = Distributions.sampler(station.cycle(), streams.stream("station:" + station.name() + ":cycle"));
        }
    }

    @Override double cycleTime(int s) {
        return cycle[s].sample();
    }
}
