package io.elsim.line;

import io.elsim.engine.RandomStream;
import io.elsim.engine.Sampler;
import io.elsim.model.DistributionSpec;
import java.util.function.DoubleSupplier;

/** Turns a configured distribution into a sampler on its own random stream; each spec samples itself. */
public final class Distributions {
    private Distributions() { }

    public static Sampler sampler(DistributionSpec spec, RandomStream rng) {
        if (spec instanceof DistributionSpec.Constant c) return Sampler.constant(c.value());
        DoubleSupplier draws = spec.sampler(rng);
        return draws::getAsDouble;
    }

    /** True when every draw is the same value: lets hot paths skip random streams. */
    public static boolean isConstant(DistributionSpec spec) {
        return spec instanceof DistributionSpec.Constant;
    }
}
