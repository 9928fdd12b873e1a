package io.elsim.chart;

import io.elsim.report.AtomicOutput;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Writes panels (JFreeCharts) into one PNG or SVG image, chosen by the file's extension,
 * atomically (see {@link AtomicOutput}). Works headless: nothing here opens a window.
 */
public final class ChartFile {
    private ChartFile() { }

    /** A chart placed at (x, y) with the given size, in image pixels. */
    public record Panel(JFreeChart chart, Rectangle2D area) { }

    public enum Type { PNG, SVG }

    /** The image type for {@code file}'s extension; an IllegalArgumentException for any other. */
    public static Type type(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png")) return Type.PNG;
        if (name.endsWith(".svg")) return Type.SVG;
        throw new IllegalArgumentException("--chart " + file + ": the file name must end in .png or .svg");
    }

    /** Makes sure AWT never looks for a display (must run before the first AWT class loads). */
    public static void headless() {
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
    }

    /**
     * The image is drawn and encoded in memory first, then written by {@link AtomicOutput}, so a
     * failed write (a full disk) is an error that names the file. ImageIO writing straight to
     * the file said only "I/O error writing PNG file!" and left its disk cache to a shutdown
     * thread that then failed with a NullPointerException.
     */
    public static void write(Path file, int width, int height, List<Panel> panels, Collection<Path> inputs)
            throws IOException {
        Type type = type(file);
        headless();
        byte[] bytes;
        if (type == Type.PNG) {
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            try {
                draw(g, width, height, panels);
            } finally {
                g.dispose();
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.setUseCache(false);
            if (!ImageIO.write(image, "png", png)) throw new IOException("no PNG writer in this Java runtime");
            bytes = png.toByteArray();
        } else {
            SVGGraphics2D g = new SVGGraphics2D(width, height);
            g.setDefsKeyPrefix("elsim"); // the default prefix is a clock reading: keep the bytes reproducible
            draw(g, width, height, panels);
            // no DOCTYPE: SVG 2 has none, and a DTD reference makes XML parsers go online
            bytes = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + g.getSVGElement() + "\n").getBytes(StandardCharsets.UTF_8);
        }
        AtomicOutput.writeBytes(file, inputs, out -> out.write(bytes));
    }

    private static void draw(Graphics2D g, int width, int height, List<Panel> panels) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        for (Panel p : panels) p.chart().draw(g, p.area());
    }
}
