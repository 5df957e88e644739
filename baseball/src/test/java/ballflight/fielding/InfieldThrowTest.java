package ballflight.fielding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class InfieldThrowTest {

    @Test
    void aNinetyMphArmThrowsAtNineTenthsOf132FeetPerSecond() {
        // 90 mph = 90 x 5280 ft / 3600 s = 132 ft/s; a short throw keeps 0.9 of it.
        assertThat(InfieldThrow.speedFtPerS(90.0)).isCloseTo(0.9 * 132.0, within(1e-9));
    }

    @Test
    void aShortThrowIsFasterThanALongOneFromTheSameArm() {
        assertThat(InfieldThrow.SPEED_KEPT).isGreaterThan(OutfieldThrow.LONG_THROW_KEEP);
    }
}
