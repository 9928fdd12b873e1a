package io.elsim.cli;

import io.elsim.experiment.Cluster;
import io.elsim.experiment.Examples;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
        int[] depth = new int[n];
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
        java.util.Arrays.fill(depth, 1);
        List<String> ids = new ArrayList<>();
        for (boolean changed = true; changed; ) {
            changed = false;
            ids.clear();
            for (int i = 0; i < n; i++) ids.add(candidate(parts.get(i), depth[i]));
            Map<String, Integer> count = new HashMap<>();
            for (String id : ids) count.merge(id, 1, Integer::sum);
            for (int i = 0; i < n; i++) {
                boolean clash = count.get(ids.get(i)) > 1 || (n > 1 && ids.get(i).equals(Cluster.CLUSTER));
                if (clash && depth[i] < parts.get(i).size()) {
                    depth[i]++;
                    changed = true;
                }
            }
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

    private static String candidate(List<String> parts, int depth) {
        return String.join("/", parts.subList(parts.size() - depth, parts.size()));
    }
}
