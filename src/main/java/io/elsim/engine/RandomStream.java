package io.elsim.engine;

import org.apache.commons.math3.random.RandomGenerator;

/**
 * xoshiro256** (Blackman and Vigna, 2018) behind commons-math3's {@link RandomGenerator}, so
 * commons-math3 distributions sample from it. Chosen over Well19937c or MersenneTwister for
 * its 32-byte state (a stream per entity costs nothing) and its speed in the inner loop.
 */
public final class RandomStream implements RandomGenerator {
    private long s0;
    private long s1;
    private long s2;
    private long s3;

    /** A stream seeded from one 64-bit value, expanded with SplitMix64 as the authors advise. */
    public RandomStream(long seed) {
        setSeed(seed);
    }

    @Override
    public void setSeed(long seed) {
        long x = seed;
        s0 = splitMix(x += 0x9E3779B97F4A7C15L);
        s1 = splitMix(x += 0x9E3779B97F4A7C15L);
        s2 = splitMix(x += 0x9E3779B97F4A7C15L);
        s3 = splitMix(x + 0x9E3779B97F4A7C15L);
    }

    @Override
    public void setSeed(int seed) { setSeed((long) seed); }

    @Override
    public void setSeed(int[] seed) {
        long h = 0;
        for (int v : seed) h = h * 31 + v;
        setSeed(h);
    }

    static long splitMix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    @Override
    public long nextLong() {
        long result = Long.rotateLeft(s1 * 5, 7) * 9;
        long t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = Long.rotateLeft(s3, 45);
        return result;
    }

    /** Uniform on [0, 1) with 53 random bits. */
    @Override
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    @Override
    public int nextInt() { return (int) (nextLong() >>> 32); }

    @Override
    public int nextInt(int n) {
        if (n <= 0) throw new IllegalArgumentException("n must be positive");
        // Lemire's multiply-shift with rejection: unbiased without division in the common case
        long m = (nextLong() >>> 32) * n;
        long low = m & 0xFFFFFFFFL;
        if (low < n) {
            long threshold = (0x100000000L - n) % n;
            while (low < threshold) {
                m = (nextLong() >>> 32) * n;
                low = m & 0xFFFFFFFFL;
            }
        }
        return (int) (m >>> 32);
    }

    @Override
    public boolean nextBoolean() { return nextLong() < 0; }

    @Override
    public float nextFloat() { return (nextLong() >>> 40) * 0x1.0p-24f; }

    @Override
    public void nextBytes(byte[] bytes) {
        int i = 0;
        while (i < bytes.length) {
            long r = nextLong();
            for (int k = 0; k < 8 && i < bytes.length; k++, r >>>= 8) bytes[i++] = (byte) r;
        }
    }

    private double nextGaussianSpare = Double.NaN;

    @Override
    public double nextGaussian() {
        // Marsaglia polar method, caching the second value
        if (!Double.isNaN(nextGaussianSpare)) {
            double g = nextGaussianSpare;
            nextGaussianSpare = Double.NaN;
            return g;
        }
        double u, v, s;
        do {
            u = 2 * nextDouble() - 1;
            v = 2 * nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double f = Math.sqrt(-2 * Math.log(s) / s);
        nextGaussianSpare = v * f;
        return u * f;
    }
}
