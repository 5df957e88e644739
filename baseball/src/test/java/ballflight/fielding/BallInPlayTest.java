package ballflight.fielding;

import static org.assertj.core.api.Assertions.assertThat;

import ballflight.backend.Backend;
import ballflight.contact.BattedBall;
import ballflight.data.LeagueData;
import ballflight.engine.FlightSimulator;
import ballflight.model.Launch;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;

/** Fair or foul is judged where an air ball lands, not by the direction it left the bat. */
class BallInPlayTest {
    private static final LeagueData DATA = LeagueData.mlb2025();

    private static PlayResult fly(double sprayDeg, double sidespinRpm) {
        Launch l = new Launch(92.0, 30.0, sprayDeg, 2200.0, sidespinRpm, 3.0);
        try (FlightSimulator sim = FlightSimulator.builder().backend(Backend.JAVA).build()) {
            return new BallInPlay(sim, -0.35, 1.0).resolve(new BattedBall(l, 0.5, 72.0, 0.18), DATA.neutralPark(),
                    DATA.leagueDefense(), 27.0, RandomGeneratorFactory.of("L64X128MixRandom").create(1));
        }
    }

    private static double landingAngleDeg(PlayResult r) {
        return Math.toDegrees(Math.atan2(r.flight().landingXFt(), r.flight().landingYFt()));
    }

    @Test
    void aSlicedBallThatCurvesIntoFoulGroundIsAFoulOrACatchNeverAHit() {
        int landedFoul = 0;
        for (double side : new double[] {-3000.0, 3000.0}) {
            PlayResult r = fly(43.0, side);
            if (Math.abs(landingAngleDeg(r)) > 45.0) {
                landedFoul++;
                assertThat(r.isFoul() || r.outcome() == PaOutcome.FO || r.outcome() == PaOutcome.PO)
                        .as("sidespin %s lands at %.1f deg: %s", side, landingAngleDeg(r), r.outcome()).isTrue();
            } else {
                assertThat(r.isFoul()).isFalse();
            }
        }
        assertThat(landedFoul).as("one of the two sidespins curves the ball over the line").isEqualTo(1);
    }

    @Test
    void aBallUpTheMiddleIsNeverFoul() {
        assertThat(fly(0.0, 3000.0).isFoul()).isFalse();
        assertThat(fly(0.0, -3000.0).isFoul()).isFalse();
    }
}
