package ballflight.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ballflight.data.Handedness;
import ballflight.data.Hitter;
import ballflight.data.LeagueAir;
import ballflight.data.PitchSpec;
import ballflight.data.Pitcher;
import ballflight.data.TestHitters;
import ballflight.pitch.Count;
import ballflight.pitch.PaTuning;
import ballflight.pitch.PitchResult;
import ballflight.pitch.StrikeZone;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;

/** Each hitter's direction: his pull rate centres his face, and his side fouls stay where they were. */
class SwingDirectionTest {
    private static final PaTuning T = PaTuning.DEFAULT;

    @Test
    void aLeagueHitterKeepsTheBaseTimingAndSpread() {
        SwingDirection d = new SwingDirection(T.pullTimingMs(), T.faceDegPerMs());
        Hitter league = hitter(SwingDirection.LEAGUE_PULL_RATE, 0.25);
        assertThat(d.meanTimingMs(league)).isEqualTo(d.baseTimingMs(league));
        assertThat(d.spreadScale(league, false, T.timingSigmaMs())).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void aPullHittersFaceIsCentredFurtherRoundAndNarrowedToLeaveTheSideWindowAsOften() {
        SwingDirection d = new SwingDirection(T.pullTimingMs(), T.faceDegPerMs());
        Hitter pull = hitter(0.52, 0.18);
        assertThat(d.meanTimingMs(pull) - d.baseTimingMs(pull)).isCloseTo(SwingDirection.MS_PER_PULL * 0.12, within(1e-9));
        double sigmaDeg = T.timingSigmaMs() * T.faceDegPerMs();
        double scale = d.spreadScale(pull, false, T.timingSigmaMs());
        assertThat(scale).isLessThan(0.95);
        assertThat(SwingDirection.leaving(d.meanTimingMs(pull) * T.faceDegPerMs(), scale * sigmaDeg))
                .isCloseTo(SwingDirection.leaving(d.baseTimingMs(pull) * T.faceDegPerMs(), sigmaDeg), within(1e-9));
        // Two strikes: a wider spread for this count, solved on its own.
        double twoStrikes = d.spreadScale(pull, true, 1.3 * T.timingSigmaMs());
        assertThat(SwingDirection.leaving(d.meanTimingMs(pull) * T.faceDegPerMs(), twoStrikes * 1.3 * sigmaDeg))
                .isCloseTo(SwingDirection.leaving(d.baseTimingMs(pull) * T.faceDegPerMs(), 1.3 * sigmaDeg), within(1e-9));
    }

    @Test
    void aPullHitterPullsMoreOfHisFairBallsThanOneWhoGoesTheOtherWay() {
        double pull = pulledShare(hitter(0.50, 0.20));
        double oppo = pulledShare(hitter(0.30, 0.32));
        // 2025: 0.50 against 0.30. The engine carries about half of the gap (CALIBRATION.md).
        assertThat(pull - oppo).isGreaterThan(0.06);
    }

    /** Share of his fair balls pulled beyond 15° at a league fastball down the middle. */
    private static double pulledShare(Hitter batter) {
        Swing swing = new Swing(T);
        PitchSpec spec = new PitchSpec("FF", 1.0, 94.0, 2300.0, 0.9, 1.0, 0.22);
        PitchResult pitch = new PitchResult(spec, 0.0, StrikeZone.CENTER_Z_FT, 87.0, 0.0, -86.0, -7.0, 0.41, true,
                0.0, 0.0, 0.0, LeagueAir.DENSITY_KG_PER_M3);
        Pitcher pitcher = new Pitcher("test", "", Handedness.RIGHT, true, 600, 0.22, 0.085, 45.0, -2.0, 6.0, 6.4,
                List.of(spec), 0.0);
        RandomGenerator rng = RandomGeneratorFactory.of("L64X128MixRandom").create(5);
        int fair = 0;
        int pulled = 0;
        for (int i = 0; i < 30_000; i++) {
            SwingResult r = swing.swing(batter, pitcher, pitch, new Count(1, 1), rng);
            if (r.kind() == SwingResult.Kind.IN_PLAY) {
                fair++;
                // A right-handed hitter pulls to left field (spray < 0).
                pulled += r.ball().launch().sprayAngleDeg() < -15.0 ? 1 : 0;
            }
        }
        assertThat(fair).isGreaterThan(5_000);
        return pulled / (double) fair;
    }

    private static Hitter hitter(double pullRate, double oppoRate) {
        return TestHitters.withDirection(Handedness.RIGHT, pullRate, oppoRate);
    }
}
