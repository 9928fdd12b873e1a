package io.elsim.cli;

import io.elsim.experiment.Cluster;
import io.elsim.experiment.Examples;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The names of the plants of a cluster report: each config's file name without .yaml. Where
 * two are the same, the folders that tell them apart are kept ({@code a/minimal},
 * {@code b/minimal}), as an IDE shows two editors of equal names; the same file given twice
 * gets {@code (2)}. {@value Cluster#CLUSTER} is the total row's name, never a plant's.
 */
final class PlantIds {
    private PlantIds() { }

    /** One id per file, in order; a null file is the built-in example. */
    static List<String> of(List<Path> files) {
        int n = files.size();
        List<List<String>> parts = new ArrayList<>();
        for (Path file : files) {
            List<String> p = new ArrayList<>();
            if (file == null) {
                p.add(Examples.DEFAULT);
            } else {
                Path abs = file.toAbsolutePath().normalize();
                for (Path element : abs) p.add(element.toString());
                if (p.isEmpty()) p.add(abs.toString());
                p.set(p.size() - 1, p.get(p.size() - 1).replaceFirst("\\.ya?ml$", ""));
            }
            parts.add(p);
        }
        // each plant keeps the fewest trailing path parts that no other (different) file shares
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String> mine = parts.get(i);
            int d = 1;
            while (d < mine.size() && clashes(parts, i, d)) d++;
            ids.add(candidate(mine, d));
        }
        Set<String> used = new HashSet<>();
        if (n > 1) used.add(Cluster.CLUSTER);
        List<String> unique = new ArrayList<>();
        for (String id : ids) {
            String u = id;
            for (int k = 2; used.contains(u); k++) u = id + " (" + k + ")";
            used.add(u);
            unique.add(u);
        }
        return unique;
    }

    /** Whether the last {@code d} parts of file {@code i} are those of another file, or the total row's name. */
    private static boolean clashes(List<List<String>> parts, int i, int d) {
        String mine = candidate(parts.get(i), d);
        if (parts.size() > 1 && mine.equals(Cluster.CLUSTER)) return true;
        for (int j = 0; j < parts.size(); j++) {
            List<String> other = parts.get(j);
            if (j == i || other.equals(parts.get(i)) || other.size() < d) continue;
            if (candidate(other, d).equals(mine)) return true;
        }
        return false;
    }

    private static String candidate(List<String> parts, int depth) {
        return String.join("/", parts.subList(parts.size() - depth, parts.size()));
    }
}
