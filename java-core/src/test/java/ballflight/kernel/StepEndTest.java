package ballflight.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ballflight.model.EndReason;
import org.junit.jupiter.api.Test;

/**
 * The shared end-of-step checks on straight-line steps, where the Hermite cubic is the line itself
 * and every crossing is known exactly: h = 0.5 s, z from 1 to -1 m at -4 m/s crosses the ground
 * at half the step.
 */
class StepEndTest {
    private static final double H = 0.5;

    private static StepEnd stepEnd() {
        StepEnd e = new StepEnd();
        e.configure(H);
        return e;
    }

    @Test
    void noCrossingIsNoEndAndATimeoutReason() {
        StepEnd e = stepEnd();
        assertThat(e.find(0.0, 3, 1, -4, -4, 5, 3, -4, -4)).isEqualTo(StepEnd.NONE);
        assertThat(e.reason()).isEqualTo(EndReason.TIMEOUT);
    }

    @Test
    void theFirstCrossingEndsTheStepAndThePlaneWinsATie() {
        StepEnd e = stepEnd();
        // Plane at y = 1.5 is crossed at 0.75 of the step, the ground at 0.5: ground first.
        assertThat(e.find(1.5, 3, 1, -4, -4, 1, -1, -4, -4)).isCloseTo(0.5, within(1e-15));
        assertThat(e.reason()).isEqualTo(EndReason.GROUND);
        // Plane at y = 2.5: crossed at 0.25, before the ground.
        assertThat(e.find(2.5, 3, 1, -4, -4, 1, -1, -4, -4)).isCloseTo(0.25, within(1e-15));
        assertThat(e.reason()).isEqualTo(EndReason.PLANE);
        // Plane at y = 2: both at 0.5; the plane is checked first and kept.
        assertThat(e.find(2.0, 3, 1, -4, -4, 1, -1, -4, -4)).isCloseTo(0.5, within(1e-15));
        assertThat(e.reason()).isEqualTo(EndReason.PLANE);
    }

    @Test
    void theEndPointLiesOnTheLineAndOnTheGround() {
        StepEnd e = stepEnd();
        e.find(-100, 10, 12, 4, 4, 1, -1, -4, -4);
        e.interpolate(2.0, 0, 1, 2, 2, 10, 12, 4, 4, 1, -1, -4, -4);
        assertThat(e.endT()).isCloseTo(2.25, within(1e-15));
        assertThat(e.endX()).isCloseTo(0.5, within(1e-15));
        assertThat(e.endY()).isCloseTo(11.0, within(1e-15));
        assertThat(e.endZ()).isEqualTo(0.0);
        assertThat(e.endVx()).isEqualTo(2.0);
        assertThat(e.endVz()).isEqualTo(-4.0);
    }

    @Test
    void anApexAfterTheEndIsNotReported() {
        StepEnd e = stepEnd();
        // vz 1 -> -3: apex at a quarter of the step; no end in this step.
        e.find(-100, 10, 12, 4, 4, 5, 5.1, 1, -3);
        assertThat(e.apex(4.0, 5, 5.1, 1, -3)).isTrue();
        assertThat(e.apexT()).isCloseTo(4.0 + 0.25 * H, within(1e-15));
        assertThat(e.apexZ()).isBetween(5.0, 5.3);
        // Same vz, but the stop plane is crossed at 0.125 of the step: the apex comes too late.
        e.find(11.75, 12, 10, -4, -4, 5, 5.1, 1, -3);
        assertThat(e.apex(4.0, 5, 5.1, 1, -3)).isFalse();
        // Rising through the whole step: no apex.
        e.find(-100, 10, 12, 4, 4, 5, 6, 3, 1);
        assertThat(e.apex(4.0, 5, 6, 3, 1)).isFalse();
    }
}
