package ballflight.pa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BarrelTest {

    @Test
    void theWindowIs26To30DegreesAt98MphAndWidensTo8To50At116() {
        assertThat(Barrel.is(98.0, 26.0)).isTrue();
        assertThat(Barrel.is(98.0, 30.0)).isTrue();
        assertThat(Barrel.is(98.0, 25.9)).isFalse();
        assertThat(Barrel.is(98.0, 30.1)).isFalse();
        assertThat(Barrel.is(97.9, 28.0)).as("too slow at any angle").isFalse();
        assertThat(Barrel.is(116.0, 8.0)).isTrue();
        assertThat(Barrel.is(116.0, 50.0)).isTrue();
        // Halfway (107 mph): 17-40 degrees.
        assertThat(Barrel.is(107.0, 17.0)).isTrue();
        assertThat(Barrel.is(107.0, 16.9)).isFalse();
        assertThat(Barrel.is(107.0, 40.0)).isTrue();
        assertThat(Barrel.is(107.0, 40.1)).isFalse();
        // Past 116 mph the window stops widening.
        assertThat(Barrel.is(120.0, 7.9)).isFalse();
        assertThat(Barrel.is(120.0, 30.0)).isTrue();
        assertThat(Barrel.is(Double.NaN, 28.0)).isFalse();
    }
}
