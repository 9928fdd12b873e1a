package io.elsim.line;

import io.elsim.engine.RandomStream;
import io.elsim.engine.Sampler;
import io.elsim.model.DistributionSpec;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.distribution.WeibullDistribution;

/** Turns a configured distribution into a sampler on its own random stream (commons-math3). */
public final class Distributions {
    private Distributions() { }

    public static Sampler sampler(DistributionSpec spec, RandomStream rng) {
        // if-chain rather than a pattern switch: switch patterns are not final in Java 17
        if (spec instanceof DistributionSpec.Constant c) {
            return Sampler.constant(c.value());
        }
        if (spec instanceof DistributionSpec.Exponential e) {
            // inversion: exact, and on this stream faster than commons-math3's Ahrens-Dieter
            // loop, which was the single largest cost of an exponential line (see commit)
            double mean = e.mean();
            return () -> -mean * Math.log(1.0 - rng.nextDouble()); // Math.log is a JIT intrinsic, log1p is not
        }
        if (spec instanceof DistributionSpec.Uniform u) {
            return u.min() == u.max() ? Sampler.constant(u.min())
                    : Sampler.of(new UniformRealDistribution(rng, u.min(), u.max()));
        }
        if (spec instanceof DistributionSpec.Triangular t) {
            return t.min() == t.max() ? Sampler.constant(t.min())
                    : Sampler.of(new TriangularDistribution(rng, t.min(), t.mode(), t.max()));
        }
        if (spec instanceof DistributionSpec.Normal n) {
            return n.sd() == 0 ? Sampler.constant(n.mean())
                    : Sampler.truncatedAtZero(new NormalDistribution(rng, n.mean(), n.sd()));
        }
        if (spec instanceof DistributionSpec.Lognormal l) {
            if (l.cv() == 0) return Sampler.constant(l.mean());
            // parameters of the underlying normal from the mean and cv of the lognormal
            double sigma2 = Math.log(1 + l.cv() * l.cv());
            double mu = Math.log(l.mean()) - sigma2 / 2;
            return Sampler.of(new LogNormalDistribution(rng, mu, Math.sqrt(sigma2)));
        }
        if (spec instanceof DistributionSpec.Gamma g) {
            if (g.cv() == 0) return Sampler.constant(g.mean());
            double shape = 1 / (g.cv() * g.cv());
            return Sampler.of(new GammaDistribution(rng, shape, g.mean() / shape));
        }
        if (spec instanceof DistributionSpec.Erlang e) {
            return Sampler.of(new GammaDistribution(rng, e.k(), e.mean() / e.k()));
        }
        if (spec instanceof DistributionSpec.Weibull w) {
            return Sampler.of(new WeibullDistribution(rng, w.shape(), w.scale()));
        }
        if (spec instanceof DistributionSpec.Empirical emp) {
            double[] values = emp.values().clone();
            if (values.length == 1) return Sampler.constant(values[0]);
            // equal weights; a value listed twice weighs twice, as users expect
            return () -> values[rng.nextInt(values.length)];
        }
        throw new IllegalArgumentException("unknown distribution " + spec);
    }

    /** True when every draw is the same value: lets hot paths skip random streams. */
    public static boolean isConstant(DistributionSpec spec) {
        return spec instanceof DistributionSpec.Constant;
    }

}
