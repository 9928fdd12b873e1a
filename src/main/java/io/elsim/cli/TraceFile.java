package io.elsim.cli;

import io.elsim.line.Visit;
import io.elsim.model.LineSpec;
import io.elsim.model.Units;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * {@code --trace FILE.csv}: one row per station visit of replication 0 whose stay overlaps the
 * window, streamed to a temporary file beside FILE as the run goes (memory stays bounded) and
 * moved onto FILE when the run ends, so FILE is never half written.
 */
final class TraceFile implements Visit.Observer, AutoCloseable {
    static final List<String> COLUMNS = List.of("vehicle", "product", "station", "server", "arrive_s", "start_s",
            "finish_s", "leave_s", "waited_parts_s", "down_s", "blocked_s", "off_shift_s", "setup_s");

    private final Path target;
    private final Path temp;
    private final BufferedWriter out;
    private final double from;
    private final double to;
    private final List<String> products;
    private IOException failure;
    private long rows;

    /** @param from, to the window in simulated seconds since time 0 */
    TraceFile(Path target, LineSpec spec, double from, double to) throws IOException {
        this.target = target;
        this.from = from;
        this.to = to;
        this.products = spec.products().stream().map(p -> p.name()).toList();
        Path dir = target.toAbsolutePath().getParent();
        this.temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        this.out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
        out.write(String.join(",", COLUMNS));
        out.write("\r\n");
    }

    /** The window of {@code --trace-window FROM..TO} (durations after the warm-up), in seconds since 0. */
    static double[] window(String text, LineSpec spec) {
        double start = spec.warmup();
        if (text == null) return new double[] {start, Math.min(start + Units.DAY, start + spec.horizon())};
        int dots = text.indexOf("..");
        if (dots < 0) throw new UserError("--trace-window " + text + ": write FROM..TO, e.g. 0..1d (after the warm-up)");
        try {
            double a = Units.parseDuration(text.substring(0, dots).strip());
            double b = Units.parseDuration(text.substring(dots + 2).strip());
            if (!(b > a) || a < 0) throw new UserError("--trace-window " + text + ": TO must be after FROM, both >= 0");
            return new double[] {start + a, start + b};
        } catch (IllegalArgumentException e) {
            throw new UserError("--trace-window " + text + ": " + e.getMessage());
        }
    }

    @Override
    public void visit(Visit v) {
        if (failure != null || v.leave() < from || v.arrive() > to) return;
        try {
            out.write(Integer.toString(v.vehicle()));
            out.write(',');
            out.write(csv(products.isEmpty() ? "" : products.get(v.product())));
            out.write(',');
            out.write(csv(v.station()));
            out.write(',');
            out.write(Integer.toString(v.server() + 1));
            for (double t : new double[] {v.arrive(), v.start(), v.finish(), v.leave(), v.waitedParts(), v.down(),
                    v.blocked(), v.offShift(), v.setup()}) {
                out.write(',');
                out.write(number(t));
            }
            out.write("\r\n");
            rows++;
        } catch (IOException e) {
            failure = e;
        }
    }

    /** Moves the finished trace onto the target; returns the rows written. */
    long finish() {
        try {
            out.close();
            if (failure != null) throw failure;
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return rows;
        } catch (IOException e) {
            throw new UserError("cannot write the trace " + target + ": " + e.getMessage());
        } finally {
            deleteTemp();
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException ignored) {
            // the temporary file is deleted anyway
        }
        deleteTemp();
    }

    private void deleteTemp() {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // a leftover hidden .tmp file is harmless
        }
    }

    /** Shortest exact decimal, no exponent: opens the same in a spreadsheet and in pandas. Empty for NaN. */
    static String number(double v) {
        if (!Double.isFinite(v)) return "";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return BigDecimal.valueOf(v).toPlainString();
    }

    private static String csv(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
