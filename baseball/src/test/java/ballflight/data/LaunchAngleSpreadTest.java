package ballflight.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LaunchAngleSpreadTest {
    @Test
    void theSpreadGivesBackTheSweetSpotShareItWasSolvedFrom() {
        for (double mean : new double[] {-2.0, 1.2, 6.0, 13.4, 20.0, 30.0}) {
            for (double sd : new double[] {18.5, 22.0, 26.4, 31.0, 36.5}) {
                if (sd < LaunchAngleSpread.peakSdDeg(mean)) {
                    continue;
                }
                double share = LaunchAngleSpread.share(mean, sd);
                assertThat(LaunchAngleSpread.sdDeg(mean, share)).as("mean %s, sd %s", mean, sd).isCloseTo(sd, within(1e-6));
            }
        }
        // The league's 2025 mean and sweet-spot share (exit_velocity.csv, weighted by batted balls).
        assertThat(LaunchAngleSpread.sdDeg(13.44, 0.3402)).isCloseTo(26.4, within(0.1));
    }

    @Test
    void moreOfTheBallsInTheSweetSpotIsASteadierHeightAndTheExtremesAreHeld() {
        assertThat(LaunchAngleSpread.sdDeg(12.0, 0.40)).isLessThan(LaunchAngleSpread.sdDeg(12.0, 0.33));
        assertThat(LaunchAngleSpread.sdDeg(12.0, 0.60)).isEqualTo(LaunchAngleSpread.MIN_SD_DEG);
        assertThat(LaunchAngleSpread.sdDeg(12.0, 0.10)).isEqualTo(LaunchAngleSpread.MAX_SD_DEG);
    }

    @Test
    void outsideTheWindowTheShareRisesToItsPeakAndTheSpreadIsTakenBeyondIt() {
        assertThat(LaunchAngleSpread.peakSdDeg(13.4)).isZero();
        double peak = LaunchAngleSpread.peakSdDeg(-5.0);
        assertThat(peak).isCloseTo(23.95, within(0.05));
        assertThat(LaunchAngleSpread.share(-5.0, peak)).isGreaterThan(LaunchAngleSpread.share(-5.0, peak - 1))
                .isGreaterThan(LaunchAngleSpread.share(-5.0, peak + 1));
        // A share above the peak's cannot be reached: the steadiest law there is.
        assertThat(LaunchAngleSpread.sdDeg(-5.0, 0.5)).isCloseTo(peak, within(1e-12));
        assertThat(LaunchAngleSpread.sdDeg(40.0, 0.2)).isGreaterThanOrEqualTo(LaunchAngleSpread.peakSdDeg(40.0));
    }
}
