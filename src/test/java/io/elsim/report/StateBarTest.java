package io.elsim.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class StateBarTest {

    private static Table stations() {
        List<String> cols = new java.util.ArrayList<>(List.of("name", "servers"));
        cols.addAll(StateBar.COLUMNS);
        return new Table("stations", cols)
                .addRow("framing", 1, 0.5, 0.25, 0.25, 0.0, 0.0, 0.0, 0.0)
                .addRow("paint", 2, 0.41, 0.066, 0.139, 0.0, 0.048, 0.0, 0.337)
                .addRow("idle", 1, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0);
    }

    @Test
    void segmentsSumToTheWidthAndStayWithinOneCharacterOfTheFraction() {
        Random rnd = new Random(8);
        for (int trial = 0; trial < 2000; trial++) {
            int width = 1 + rnd.nextInt(60);
            double[] f = new double[7];
            double sum = 0;
            for (int i = 0; i < f.length; i++) {
                f[i] = rnd.nextInt(4) == 0 ? 0 : rnd.nextDouble();
                sum += f[i];
            }
            if (sum == 0) continue;
            for (int i = 0; i < f.length; i++) f[i] /= sum;
            int[] seg = StateBar.segments(f, width);
            assertThat(Arrays.stream(seg).sum()).isEqualTo(width);
            for (int i = 0; i < f.length; i++) {
                assertThat((double) seg[i]).isCloseTo(f[i] * width, org.assertj.core.data.Offset.offset(1.0));
                if (f[i] == 0) assertThat(seg[i]).isZero();
            }
        }
    }

    @Test
    void largestRemaindersGetTheLeftoverCharacters() {
        // 10 × (0.41, 0.066, 0.139, 0.048, 0.337) = 4.1, 0.66, 1.39, 0.48, 3.37: floors 4,0,1,0,3 = 8;
        // the two left go to the largest remainders 0.66 (blocked) and 0.48 (down)
        assertThat(StateBar.segments(new double[] {0.41, 0.066, 0.139, 0, 0.048, 0, 0.337}, 10))
                .containsExactly(4, 1, 1, 0, 1, 0, 3);
        assertThat(StateBar.segments(new double[7], 10)).containsExactly(0, 0, 0, 0, 0, 0, 0);
        assertThat(StateBar.segments(new double[] {Double.NaN, 1, 0, 0, 0, 0, 0}, 4)).containsExactly(0, 4, 0, 0, 0, 0, 0);
    }

    @Test
    void barsDrawTheSegmentsInStateOrder() {
        assertThat(new StateBar(true, false, 8).bar(new double[] {0.5, 0.25, 0.25, 0, 0, 0, 0})).isEqualTo("████▓▓░░");
        assertThat(new StateBar(false, false, 10).bar(new double[] {0.41, 0.066, 0.139, 0, 0.048, 0, 0.337}))
                .isEqualTo("####=.X___");
        assertThat(new StateBar(false, true, 4).bar(new double[] {0.5, 0.5, 0, 0, 0, 0, 0}))
                .isEqualTo("\u001b[32m##\u001b[0m\u001b[33m==\u001b[0m");
    }

    @Test
    void stationsTableGainsABarColumnAfterTheNameAndALegend() throws IOException {
        StringWriter out = new StringWriter();
        new TextReportWriter(new StateBar(false, false, 8)).write(stations(), out);
        String[] lines = out.toString().split("\n");
        assertThat(lines[1]).startsWith("name     state     servers");
        assertThat(lines[3]).startsWith("framing  ####==..        1");
        // 8 × fractions = 3.28, .528, 1.112, .384, 2.696: floors 3,0,1,0,2; the 2 left go to off shift and blocked
        assertThat(lines[4]).startsWith("paint    ###=.___        2");
        assertThat(lines[5]).startsWith("idle                     1");
        assertThat(lines[6]).isEqualTo("state: # working  = blocked  . starved  : starved of parts  X down  + setup  _ off shift");
    }

    @Test
    void colourCodesDoNotShiftTheColumns() throws IOException {
        StringWriter plain = new StringWriter();
        StringWriter coloured = new StringWriter();
        new TextReportWriter(new StateBar(true, false, 8)).write(stations(), plain);
        new TextReportWriter(new StateBar(true, true, 8)).write(stations(), coloured);
        assertThat(coloured.toString()).contains("\u001b[");
        assertThat(coloured.toString().replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(plain.toString());
    }

    @Test
    void otherTablesAndWritersAreUnchanged() throws IOException {
        StringWriter with = new StringWriter();
        StringWriter without = new StringWriter();
        new TextReportWriter(StateBar.plain(true)).write(SampleReports.stations(), with); // no state columns
        new TextReportWriter().write(SampleReports.stations(), without);
        assertThat(with.toString()).isEqualTo(without.toString());
        StringWriter csv = new StringWriter();
        ReportWriter.write(new Report(List.of(stations()), null, "x"), Format.CSV, "stations", StateBar.plain(true), csv);
        assertThat(csv.toString()).doesNotContain("state").doesNotContain("#");
    }
}
