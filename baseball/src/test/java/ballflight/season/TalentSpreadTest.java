package ballflight.season;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TalentSpreadTest {
    private static final int PLAYERS = 40_000;
    private static final double TALENT_SD = 1.0;
    private static final double LUCK_SD = 1.2;

    @Test
    void readsTheSpreadAndTheRItAllowsFromASeasonLikeTheReport() {
        // 2025: true talent plus luck. The engine: the same talents stretched 1.8 times, plus its own luck of
        // the same size. The figures a report has (r, slope, bound from the engine's own luck, luck bound
        // from 2025's) must give back the stretch, and the r of an engine that plays the talents unstretched.
        SplittableRandom rng = new SplittableRandom(12);
        double[] real = new double[PLAYERS];
        double[] stretched = new double[PLAYERS];
        double[] unstretched = new double[PLAYERS];
        for (int i = 0; i < PLAYERS; i++) {
            double talent = TALENT_SD * rng.nextGaussian();
            real[i] = talent + LUCK_SD * rng.nextGaussian();
            stretched[i] = 1.8 * talent + LUCK_SD * rng.nextGaussian();
            unstretched[i] = talent + LUCK_SD * rng.nextGaussian();
        }
        Agreement a = Agreement.of(real, stretched);
        double bound = share(stretched);
        double luck = share(real);
        TalentSpread t = TalentSpread.of(a.r(), a.slope(), bound, luck);

        assertThat(t.spread()).isCloseTo(1.8, within(0.04));
        assertThat(t.bestR()).isCloseTo(a.r(), within(0.02));
        assertThat(t.bestRAtRealSpread()).isCloseTo(Agreement.of(real, unstretched).r(), within(0.02));
        assertThat(t.bestRAtRealSpread()).isCloseTo(luck * luck, within(0.02)).isLessThan(t.bestR() - 0.05);
        // Stretched or not, the engine orders its players by the same talents: talent r is the talents' r with
        // 2025's values, the luck bound, for both.
        assertThat(t.talentR()).isCloseTo(luck, within(0.02));
        Agreement b = Agreement.of(real, unstretched);
        assertThat(TalentSpread.of(b.r(), b.slope(), share(unstretched), luck).talentR()).isCloseTo(luck, within(0.02));
    }

    @Test
    void anEngineAsWideAs2025KeepsItsBestR() {
        TalentSpread t = TalentSpread.of(0.5, 0.5 * 0.6 / 0.8, 0.8, 0.6);
        assertThat(t.spread()).isCloseTo(1.0, within(1e-12));
        assertThat(t.bestRAtRealSpread()).isCloseTo(t.bestR(), within(1e-12)).isCloseTo(0.48, within(1e-12));
    }

    @Test
    void aTargetsGapIsItsRLessTheBestRAt2025sSpread() {
        // Best r at 2025's spread 0.48 (the engine above): a target of 0.45 is within it by 0.03, one
        // of 0.50 beyond it by 0.02; a target without an r (a value band) or a row without a spread has none.
        TalentSpread t = TalentSpread.of(0.5, 0.5 * 0.6 / 0.8, 0.8, 0.6);
        assertThat(t.targetGap(FidelityTarget.r(0.45))).isCloseTo(-0.03, within(1e-12));
        assertThat(t.targetGap(FidelityTarget.rAndSlope(0.50, 0.85, 1.15))).isCloseTo(0.02, within(1e-12));
        assertThat(t.targetGap(FidelityTarget.value(10, 13.5))).isNaN();
        assertThat(TalentSpread.NONE.targetGap(FidelityTarget.r(0.1))).isNaN();
        // An engine whose players differ 1.8 times as much shows r 0.55 over 0.45, yet at 2025's spread
        // its best r would be 0.8 / sqrt(0.64 + 0.36 x 1.8^2) x 0.6 = 0.357: 0.093 short of the target.
        TalentSpread wide = TalentSpread.of(0.55, 0.55 * 1.8 * 0.6 / 0.8, 0.8, 0.6);
        assertThat(wide.targetGap(FidelityTarget.r(0.45))).isCloseTo(0.093, within(0.001));
    }

    @Test
    void noSpreadWithoutALuckBoundOrAPositiveR() {
        assertThat(TalentSpread.of(0.5, 0.6, 0.8, Double.NaN).isSet()).isFalse();
        assertThat(TalentSpread.of(-0.1, 0.6, 0.8, 0.6).isSet()).isFalse();
        assertThat(TalentSpread.of(0.5, 0.6, Double.NaN, 0.6).isSet()).isFalse();
        assertThat(TalentSpread.of(0.5, 0.6, 0.8, 0.6).isSet()).isTrue();
    }

    /** sqrt(talent variance / total) for values with luck of sd {@link #LUCK_SD}: the report's bound and luck. */
    private static double share(double[] values) {
        double sd = Agreement.sd(values);
        return Math.sqrt(1 - LUCK_SD * LUCK_SD / (sd * sd));
    }
}
