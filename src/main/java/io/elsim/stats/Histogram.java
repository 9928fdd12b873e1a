package io.elsim.stats;

/**
 * Fixed bins: bin i covers [edges[i], edges[i+1]) and holds counts[i] values (the last bin
 * also holds its upper edge). Derived from a {@link Percentiles} for charts, so its size
 * depends on the number of bins asked for, never on the number of values.
 */
public record Histogram(double[] edges, long[] counts) {
    public static final Histogram EMPTY = new Histogram(new double[] {0}, new long[0]);

    public Histogram {
        if (edges.length != counts.length + 1) {
            throw new IllegalArgumentException(counts.length + " bins need " + (counts.length + 1) + " edges");
        }
        edges = edges.clone();
        counts = counts.clone();
    }

    public int bins() { return counts.length; }

    public long total() {
        long n = 0;
        for (long c : counts) n += c;
        return n;
    }

    /** The same counts with every edge multiplied by {@code factor} (e.g. 1/3600 for seconds → hours). */
    public Histogram scaled(double factor) {
        double[] e = edges.clone();
        for (int i = 0; i < e.length; i++) e[i] *= factor;
        return new Histogram(e, counts);
    }

    @Override public double[] edges() { return edges.clone(); }

    @Override public long[] counts() { return counts.clone(); }
}
