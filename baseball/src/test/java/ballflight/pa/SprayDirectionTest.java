package ballflight.pa;

import static org.assertj.core.api.Assertions.assertThat;

import ballflight.data.Handedness;
import org.junit.jupiter.api.Test;

class SprayDirectionTest {

    @Test
    void aRightHandedBatterPullsToLeftFieldAndALeftHandedOneToRight() {
        assertThat(SprayDirection.of(-30, Handedness.RIGHT)).isEqualTo(SprayDirection.PULL);
        assertThat(SprayDirection.of(30, Handedness.RIGHT)).isEqualTo(SprayDirection.OPPO);
        assertThat(SprayDirection.of(30, Handedness.LEFT)).isEqualTo(SprayDirection.PULL);
        assertThat(SprayDirection.of(-30, Handedness.LEFT)).isEqualTo(SprayDirection.OPPO);
        assertThat(SprayDirection.of(15, Handedness.RIGHT)).as("the middle third is closed").isEqualTo(SprayDirection.STRAIGHT);
        assertThat(SprayDirection.of(-15.1, Handedness.RIGHT)).isEqualTo(SprayDirection.PULL);
        assertThat(SprayDirection.of(0, Handedness.LEFT)).isEqualTo(SprayDirection.STRAIGHT);
    }
}
