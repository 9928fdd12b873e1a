package io.elsim.cli;

import io.elsim.experiment.Sweep;
import io.elsim.experiment.SweepIdentity;
import io.elsim.report.Table;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rows of a sweep CSV read back, checked before they are trusted: by {@code --resume},
 * which keeps them in place of running their scenarios again, and by {@code merge}. A row is
 * kept only if it belongs to this very sweep: the same identity ({@link SweepIdentity}), a
 * scenario number of this sweep (and shard) given once, and the varied values of that
 * scenario. Anything else is refused with what differs.
 */
final class SweepRows {
    private SweepRows() { }

    /** The scenario number of row {@code r} of {@code file}, or a UserError (starting with {@code refuse}) saying why it is not one. */
    static long scenario(String refuse, Path file, int r, Object cell) {
        try {
            return Long.parseLong(String.valueOf(cell).strip());
        } catch (NumberFormatException e) {
            throw new UserError(refuse + file + ": row " + (r + 1) + ": scenario '" + cell + "' is not a number");
        }
    }

    /** The identity of row {@code r}, or a UserError (starting with {@code refuse}) saying why it has none. */
    static SweepIdentity identity(String refuse, Path file, int r, Table t) {
        try {
            return SweepIdentity.parse(String.valueOf(t.get(r, SweepIdentity.COLUMN)));
        } catch (IllegalArgumentException e) {
            throw new UserError(refuse + file + ": row " + (r + 1) + ": " + e.getMessage());
        }
    }

    /**
     * The rows of {@code existing} that --resume may keep, by scenario number.
     *
     * @throws UserError when the file is not of this sweep or holds a row this sweep cannot have
     */
    static Map<Integer, Object[]> resumable(Path file, Table existing, List<String> columns, List<Sweep.Scenario> all,
                                            Sweep.Shard part, SweepIdentity identity) {
        String refuse = "cannot resume " + file + ": ";
        String resuming = "cannot resume ";
        if (!existing.columns().equals(columns)) {
            throw new UserError(refuse + columnsDiffer(existing.columns(), columns));
        }
        Map<Integer, Object[]> kept = new TreeMap<>();
        for (int r = 0; r < existing.size(); r++) {
            Object[] row = existing.rows().get(r);
            List<String> differs = identity(resuming, file, r, existing).differences(file.toString(), identity, "this sweep");
            if (!differs.isEmpty()) {
                throw new UserError(refuse + "it holds rows of another sweep: " + String.join("; ", differs)
                        + " (write this sweep to another file, or run it without --resume to replace the file)");
            }
            long k = scenario(resuming, file, r, row[0]);
            if (k < 0 || k >= all.size()) {
                throw new UserError(refuse + "row " + (r + 1) + ": scenario " + k + " is not one of this sweep's (0.."
                        + (all.size() - 1) + ")");
            }
            if (!part.contains((int) k)) {
                throw new UserError(refuse + "row " + (r + 1) + ": scenario " + k + " is not in shard " + part.index()
                        + "/" + part.count());
            }
            Sweep.Scenario s = all.get((int) k);
            for (int i = 0; i < s.values().size(); i++) {
                if (!s.values().get(i).equals(row[1 + i])) {
                    throw new UserError(refuse + "row " + (r + 1) + ": scenario " + k + " has " + s.keys().get(i) + "="
                            + row[1 + i] + " there, " + s.values().get(i) + " in this sweep");
                }
            }
            if (kept.put((int) k, row) != null) {
                throw new UserError(refuse + "scenario " + k + " appears twice");
            }
        }
        return kept;
    }

    /** Why two headers differ, in words. */
    static String columnsDiffer(List<String> found, List<String> expected) {
        if (!found.contains(SweepIdentity.COLUMN)) {
            return "it has no " + SweepIdentity.COLUMN + " column, so it cannot be told to be this sweep "
                    + "(written by an older elsim, or not a sweep CSV)";
        }
        List<String> extra = new ArrayList<>(found);
        extra.removeAll(expected);
        List<String> missing = new ArrayList<>(expected);
        missing.removeAll(found);
        if (extra.isEmpty() && missing.isEmpty()) return "its columns are in another order than this sweep's";
        return "its columns are not those of this sweep (different --vary keys or elsim version?)"
                + (extra.isEmpty() ? "" : "; only there: " + String.join(", ", extra))
                + (missing.isEmpty() ? "" : "; only here: " + String.join(", ", missing));
    }
}
