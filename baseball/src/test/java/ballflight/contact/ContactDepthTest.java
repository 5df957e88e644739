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
        // A late ball (hit the other way) is met slower than a pulled one the same time off the mean.
        assertThat(depth.speedFactor(tuning.pullTimingMs() - 15)).isLessThan(depth.speedFactor(tuning.pullTimingMs() + 15));
        // Far off, the bat still has its floor: the same speed however much further off.
        assertThat(depth.speedFactor(-1000)).isEqualTo(depth.speedFactor(-2000)).isGreaterThanOrEqualTo(ContactDepth.MIN_FACTOR);
    }

    @Test
    void aLeagueHittersMeanTimingKeepsHisBatSpeed() {
        // Bat tracking's speed is the speed where the ball is met: 1 at a league hitter's mean timing,
        // more out in front of it.
        assertThat(depth.speedFactor(tuning.pullTimingMs())).isCloseTo(1.0, within(1e-12));
        assertThat(depth.speedFactor(tuning.fastestTimingMs())).isGreaterThan(1.0);
    }
}
