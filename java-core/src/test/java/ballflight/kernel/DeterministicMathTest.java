package ballflight.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeterministicMathTest {

    @Test
    void powMatchesMathPowOverTheShearRange() {
        double worst = 0;
        for (int i = 0; i <= 2000; i++) {
            double x = 0.01 * Math.pow(1e5, i / 2000.0); // 0.01 .. 1000, log-spaced
            for (int j = 0; j <= 100; j++) {
                double a = j / 100.0;
                double expected = Math.pow(x, a);
                double rel = Math.abs(DeterministicMath.pow(x, a) - expected) / expected;
                worst = Math.max(worst, rel);
            }
        }
        assertThat(worst).isLessThan(1e-14);
    }

    @Test
    void powIsExactWhereTheAnswerIs() {
        assertThat(DeterministicMath.pow(7.3, 0.0)).isEqualTo(1.0);
        assertThat(DeterministicMath.pow(1.0, 0.37)).isEqualTo(1.0);
        assertThat(DeterministicMath.pow(4.0, 0.5)).isEqualTo(2.0);
        assertThat(DeterministicMath.pow(0.25, 0.5)).isEqualTo(0.5);
    }

    @Test
    void powIsContinuousAcrossTheMantissaSplitAtSqrt2() {
        double below = Math.nextDown(DeterministicMath.SQRT2);
        double above = Math.nextUp(DeterministicMath.SQRT2);
        for (double x : new double[] {below, DeterministicMath.SQRT2, above, 2 * below, 2 * above}) {
            assertThat(Math.abs(DeterministicMath.pow(x, 0.3) / Math.pow(x, 0.3) - 1)).isLessThan(1e-15);
        }
    }
}
