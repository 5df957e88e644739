package ballflight.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Winds add as vectors: a park's steady breeze on top of the day's wind. */
class WindTest {
    @Test
    void twoWindsAddAsVectors() {
        Wind sum = Wind.of(3, 0).plus(Wind.of(4, 90));
        assertThat(sum.speedMph()).isCloseTo(5.0, within(1e-9));
        assertThat(sum.directionDeg()).isCloseTo(Math.toDegrees(Math.atan2(4, 3)), within(1e-9));
        assertThat(Wind.of(3, 0).plus(Wind.of(3, 180)).speedMph()).isCloseTo(0.0, within(1e-9));
        assertThat(Wind.of(2, -30).plus(Wind.CALM)).satisfies(w -> {
            assertThat(w.speedMph()).isCloseTo(2.0, within(1e-9));
            assertThat(w.directionDeg()).isCloseTo(-30.0, within(1e-9));
        });
    }

    @Test
    void aShearedWindDoesNotAdd() {
        assertThatThrownBy(() -> new Wind(5, 0, 0.14, 33).plus(Wind.of(1, 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("shear exponent");
    }
}
