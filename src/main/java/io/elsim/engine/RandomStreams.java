package io.elsim.engine;

import java.nio.charset.StandardCharsets;

/**
 * Hands out one independent {@link RandomStream} per random process. A stream's seed is a
 * hash of (master seed, replication, process name) and nothing else, so adding a station
 * leaves every other station's samples unchanged, and replication r of two scenarios uses
 * the same numbers (common random numbers).
 */
public final class RandomStreams {
    private final long seed;
    private final int replication;

    public RandomStreams(long seed, int replication) {
        this.seed = seed;
        this.replication = replication;
    }

    public long seed() { return seed; }

    public int replication() { return replication; }

    /** The stream of the process named {@code name}, e.g. "station:paint:cycle". */
    public RandomStream stream(String name) {
        long h = RandomStream.splitMix(seed ^ 0x5DEECE66DL);
        h = RandomStream.splitMix(h ^ replication);
        h = RandomStream.splitMix(h ^ fnv1a(name));
        return new RandomStream(h);
    }

    /** 64-bit FNV-1a: stable across JVMs, unlike String.hashCode's 32 bits of collisions. */
    static long fnv1a(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= (b & 0xff);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
