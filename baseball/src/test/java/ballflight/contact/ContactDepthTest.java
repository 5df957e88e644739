package ballflight.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ballflight.pitch.PaTuning;
import org.junit.jupiter.api.Test;

class ContactDepthTest {
    private final PaTuning tuning = PaTuning.DEFAULT;
    private final ContactDepth depth = new ContactDepth(tuning);

    @Test
    void theBatIsFastestOutInFrontAndSlowerTheDeeperTheBallIsMet() {
        double fastest = depth.speedFactor(tuning.fastestTimingMs());
        assertThat(depth.speedFactor(tuning.fastestTimingMs() + 5)).isLessThan(fastest);
        assertThat(depth.speedFactor(tuning.fastestTimingMs() - 5)).isLessThan(fastest);
        // The loss grows as the square of the distance from the fastest point.
        double lost10 = fastest - depth.speedFactor(tuning.fastestTimingMs() - 10);
        double lost20 = fastest - depth.speedFactor(tuning.fastestTimingMs() - 20);
        assertThat(lost20 / lost10).isCloseTo(4.0, within(1e-9));
        // A late ball (hit the other way) is met slower than a pulled one, however far off.
        assertThat(depth.speedFactor(-15)).isLessThan(depth.speedFactor(15));
        assertThat(depth.speedFactor(-1000) / fastest).isCloseTo(ContactDepth.MIN_FACTOR, within(1e-9));
    }

    @Test
    void keepsTheLeaguesMeanBatSpeedOverItsBallsInPlay() {
        // Integrate the factor over the league's in-play timing (normal, fine grid): its mean is 1.
        double mean = ContactDepth.IN_PLAY_TIMING_MEAN_MS;
        double sd = ContactDepth.IN_PLAY_TIMING_SD_MS;
        double sum = 0;
        double weights = 0;
        for (int i = -6000; i <= 6000; i++) {
            double z = i / 1000.0;
            double w = Math.exp(-0.5 * z * z);
            sum += w * depth.speedFactor(mean + sd * z);
            weights += w;
        }
        assertThat(sum / weights).isCloseTo(1.0, within(1e-3));
        assertThat(depth.speedFactor(tuning.fastestTimingMs())).isGreaterThan(1.0);
    }
}
