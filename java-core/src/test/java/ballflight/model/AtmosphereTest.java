package ballflight.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AtmosphereTest {
    /** Nathan's calculator: 0.0746 lb/ft³ on the standard day. */
    private static final double NATHAN_STANDARD_KG_PER_M3 = 0.0746 * 0.45359237 / Math.pow(0.3048, 3);

    @Test
    void standardDayMatchesNathan() {
        double rho = Atmosphere.STANDARD.airDensityKgPerM3();
        assertThat(rho).isCloseTo(1.194, within(0.001));
        assertThat(rho).isCloseTo(NATHAN_STANDARD_KG_PER_M3, within(0.005 * NATHAN_STANDARD_KG_PER_M3));
    }

    @Test
    void densityFallsWithElevationTemperatureAndHumidity() {
        Atmosphere s = Atmosphere.STANDARD;
        double rho = s.airDensityKgPerM3();
        assertThat(s.withElevationFt(5200).airDensityKgPerM3()).isLessThan(0.86 * rho).isGreaterThan(0.80 * rho);
        assertThat(s.withTemperatureF(95).airDensityKgPerM3()).isLessThan(rho);
        assertThat(s.withRelativeHumidityPct(100).airDensityKgPerM3()).isLessThan(rho);
        assertThat(s.withPressureInHg(30.5).airDensityKgPerM3()).isGreaterThan(rho);
    }

    @Test
    void elevationFollowsTheExponentialLaw() {
        double ratio = Atmosphere.STANDARD.withRelativeHumidityPct(0).withElevationFt(1000 / 0.3048)
                .airDensityKgPerM3() / Atmosphere.STANDARD.withRelativeHumidityPct(0).airDensityKgPerM3();
        assertThat(ratio).isCloseTo(Math.exp(-1.217e-4 * 1000), within(1e-12));
    }

    @Test
    void outOfRangeWeatherNamesTheField() {
        assertThatThrownBy(() -> Atmosphere.STANDARD.withRelativeHumidityPct(120))
                .isInstanceOf(InputException.class).hasMessage("humidity_pct = 120 is out of range: allowed 0 to 100 %");
        assertThatThrownBy(() -> Atmosphere.STANDARD.withTemperatureF(Double.NaN))
                .hasMessageContaining("temperature_f = NaN");
    }
}
