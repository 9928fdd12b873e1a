package io.elsim.supply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.elsim.model.Geo;
import org.junit.jupiter.api.Test;

/** Great-circle distances against the table of the domain notes (electricity.md 4.2) and a textbook pair. */
class GeoTest {
    // coordinates from electricity.md 2.1, 2.2 and 4.1
    static final double DOUAI_LAT = 50.360, DOUAI_LON = 3.040;
    static final double MAUBEUGE_LAT = 50.271811, MAUBEUGE_LON = 3.910282;
    static final double CLEON_LAT = 49.318, CLEON_LON = 1.050;

    @Test
    void douaiToMaubeugeIs62_6Km() {
        assertThat(Geo.haversineKm(DOUAI_LAT, DOUAI_LON, MAUBEUGE_LAT, MAUBEUGE_LON)).isCloseTo(62.6, within(0.1));
    }

    @Test
    void douaiToCleonIs183_8Km() {
        assertThat(Geo.haversineKm(DOUAI_LAT, DOUAI_LON, CLEON_LAT, CLEON_LON)).isCloseTo(183.8, within(0.1));
    }

    @Test
    void parisToLondonIsAbout344Km() {
        // Notre-Dame 48.8566 N 2.3522 E, Charing Cross 51.5074 N 0.1278 W: ≈ 343.5 km great circle
        assertThat(Geo.haversineKm(48.8566, 2.3522, 51.5074, -0.1278)).isCloseTo(344, within(1.0));
    }

    @Test
    void symmetricAndZeroOnItself() {
        assertThat(Geo.haversineKm(DOUAI_LAT, DOUAI_LON, DOUAI_LAT, DOUAI_LON)).isZero();
        assertThat(Geo.haversineKm(CLEON_LAT, CLEON_LON, DOUAI_LAT, DOUAI_LON))
                .isCloseTo(Geo.haversineKm(DOUAI_LAT, DOUAI_LON, CLEON_LAT, CLEON_LON), within(1e-9));
    }

    @Test
    void quarterMeridianIsPiROverTwo() {
        assertThat(Geo.haversineKm(0, 0, 90, 0)).isCloseTo(Math.PI * 6371 / 2, within(1e-6));
    }
}
