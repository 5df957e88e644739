package ballflight.pitch;

import static org.assertj.core.api.Assertions.assertThat;

import ballflight.data.Handedness;
import ballflight.data.PitchFamily;
import org.junit.jupiter.api.Test;

/**
 * Where pitchers aim: further off the plate to the hitters who walk most (they are pitched around) and to
 * those who chase most; nearer the middle to those who do not chase.
 */
class PitchTargetingTest {
    private static final PitchTargeting TARGETING = new PitchTargeting(PaTuning.DEFAULT);

    private static double offMiddleFt(double batterWalkRate) {
        return offMiddleFt(batterWalkRate, 0.0);
    }

    private static double offMiddleFt(double batterWalkRate, double batterChaseZ) {
        PlateTarget t = TARGETING.intended(PitchFamily.FASTBALL, Handedness.RIGHT, Handedness.LEFT, new Count(1, 1),
                batterWalkRate, batterChaseZ);
        return Math.hypot(t.xFt(), t.zFt() - StrikeZone.CENTER_Z_FT);
    }

    @Test
    void aHitterWhoWalksALotIsPitchedFurtherFromTheMiddle() {
        double league = offMiddleFt(PaTuning.DEFAULT.leagueWalkRate());
        assertThat(offMiddleFt(0.17)).isGreaterThan(league * 1.1);
        assertThat(offMiddleFt(0.04)).isLessThan(league * 0.9);
        // Beyond the clamped range a walk rate changes nothing more.
        assertThat(offMiddleFt(0.40)).isEqualTo(offMiddleFt(PitchTargeting.MAX_BATTER_WALK_RATE));
        assertThat(offMiddleFt(0.0)).isEqualTo(offMiddleFt(PitchTargeting.MIN_BATTER_WALK_RATE));
    }

    @Test
    void aHitterWhoChasesIsPitchedOffThePlateAndOneWhoDoesNotInTheZone() {
        double walk = PaTuning.DEFAULT.leagueWalkRate();
        double league = offMiddleFt(walk, 0.0);
        assertThat(offMiddleFt(walk, 2.0)).isGreaterThan(league * 1.1);
        assertThat(offMiddleFt(walk, -2.0)).isLessThan(league * 0.9);
    }
}
