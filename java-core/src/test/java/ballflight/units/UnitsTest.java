package ballflight.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class UnitsTest {

    @Test
    void conversionsRoundTrip() {
        for (double v : new double[] {-1234.5, -1, 0, 0.3, 1, 17.25, 400, 9e5}) {
            assertThat(Units.metresToFeet(Units.feetToMetres(v))).isCloseTo(v, within(1e-12 * Math.max(1, Math.abs(v))));
            assertThat(Units.metresToInches(Units.inchesToMetres(v))).isCloseTo(v, within(1e-12 * Math.max(1, Math.abs(v))));
            assertThat(Units.mpsToMph(Units.mphToMps(v))).isCloseTo(v, within(1e-12 * Math.max(1, Math.abs(v))));
            assertThat(Units.radPerSToRpm(Units.rpmToRadPerS(v))).isCloseTo(v, within(1e-12 * Math.max(1, Math.abs(v))));
        }
    }

    @Test
    void knownValues() {
        assertThat(Units.feetToMetres(1)).isEqualTo(0.3048);
        assertThat(Units.mphToMps(100)).isCloseTo(44.704, within(1e-12));
        assertThat(Units.mphToFtPerS(60)).isCloseTo(88.0, within(1e-12));
        assertThat(Units.rpmToRadPerS(60)).isCloseTo(2 * Math.PI, within(1e-12));
        assertThat(Units.fahrenheitToCelsius(212)).isCloseTo(100, within(1e-12));
        assertThat(Units.fahrenheitToCelsius(-40)).isCloseTo(-40, within(1e-12));
        assertThat(Units.inHgToMmHg(29.92)).isCloseTo(759.968, within(1e-9));
        assertThat(Units.ouncesToKg(16)).isCloseTo(0.45359237, within(1e-12));
        assertThat(Units.ftPerS2ToMPerS2(32.174)).isCloseTo(9.8066352, within(1e-9));
    }
}
