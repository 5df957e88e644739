package ballflight.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ballflight.data.FielderSkill;
import ballflight.data.Handedness;
import ballflight.data.Hitter;
import ballflight.data.LaunchAngleSpread;
import ballflight.pitch.PaTuning;
import org.junit.jupiter.api.Test;

/** A batter who meets the ball more squarely turns the same bat speed into a higher EV50. */
class ContactEv50Test {
    private static final Swing SWING = new Swing(PaTuning.DEFAULT);
    private static final ContactEv50 EV50 = ContactEv50.of(PaTuning.DEFAULT);
    private static final double SD = LaunchAngleSpread.LEAGUE_SD_DEG;

    /** A league batter (launch angle 13, attack angle 10, squared-up .331, the league's launch-angle spread) but for the given. */
    private static Hitter batter(double launchAngleDeg, double squaredUp, double launchAngleSdDeg, double ev50Mph) {
        return new Hitter("test", "", "CF", Handedness.RIGHT, 600, 0.22, 0.085, 72.0, Swing.LEAGUE_ATTACK_DEG, 0.245,
                0.28, launchAngleDeg, 89.0, ev50Mph, squaredUp, Hitter.LEAGUE_BARREL_RATE, launchAngleSdDeg, 0.40, 0.25, 27.0,
                new FielderSkill(27.0, 0.45, 0.93, 85.0, 0.985));
    }

    private static double shift(Hitter h) {
        return EV50.shiftMph(h, SWING);
    }

    @Test
    void aLeagueBatterHasNoShift() {
        Hitter league = batter(Swing.LEAGUE_LA_DEG, Swing.LEAGUE_SQUARED_UP, SD, 100.4);
        assertThat(shift(league)).isCloseTo(0.0, within(0.02));
    }

    @Test
    void squarerContactRaisesEv50AndMisplacedContactLowersIt() {
        double league = shift(batter(13.0, 0.331, SD, 100.4));
        assertThat(shift(batter(13.0, 0.45, SD, 100.4))).as("squared up more").isGreaterThan(league + 0.2);
        assertThat(shift(batter(13.0, 0.25, SD, 100.4))).as("squared up less").isLessThan(league - 0.1);
        assertThat(shift(batter(13.0, 0.331, 0.8 * SD, 100.4))).as("steadier height").isGreaterThan(league + 0.1);
        // Launch angle far from the bat path: the mean contact is oblique, so it comes off slower.
        assertThat(shift(batter(28.0, 0.331, SD, 100.4))).as("high launch").isLessThan(league - 0.1);
        assertThat(shift(batter(-2.0, 0.331, SD, 100.4))).as("low launch").isLessThan(league - 0.1);
    }

    @Test
    void theSameEv50FromSquarerContactMeansASlowerBat() {
        Hitter square = batter(13.0, 0.45, SD, 100.4);
        Hitter loose = batter(13.0, 0.25, SD, 100.4);
        double q = PaTuning.DEFAULT.collisionEfficiency();
        assertThat(SWING.deliveredBatSpeedMph(square)).isLessThan(SWING.deliveredBatSpeedMph(loose));
        // The bat speed gap is the EV50 gap that squareness explains, through EV = q v_pitch + (1 + q) v_bat.
        assertThat((SWING.deliveredBatSpeedMph(loose) - SWING.deliveredBatSpeedMph(square)) * (1 + q))
                .isCloseTo(shift(square) - shift(loose), within(1e-9));
    }
}
