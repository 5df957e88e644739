package ballflight.season;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LuckBoundTest {

    /** Draws {@code trials} Bernoulli outcomes at {@code p}: the observed share. */
    private static double observed(double p, int trials, SplittableRandom rng) {
        int hits = 0;
        for (int t = 0; t < trials; t++) {
            hits += rng.nextDouble() < p ? 1 : 0;
        }
        return (double) hits / trials;
    }

    @Test
    void matchesTheCorrelationOfTrueRatesWithOneSeasonOfOutcomes() {
        // 3,000 players whose true rates spread like hitters' HR/PA, 550 PA each: the bound computed
        // from the observed season alone is the correlation a model knowing the true rates would get.
        SplittableRandom rng = new SplittableRandom(42);
        int n = 3000;
        double[] truth = new double[n];
        double[] seen = new double[n];
        double[] trials = new double[n];
        for (int i = 0; i < n; i++) {
            truth[i] = Math.max(0.002, 0.035 + 0.012 * (rng.nextDouble() + rng.nextDouble() + rng.nextDouble() - 1.5) * 2);
            trials[i] = 550;
            seen[i] = observed(truth[i], 550, rng);
        }
        double actual = Agreement.of(seen, truth).r();
        assertThat(LuckBound.of(seen, trials)).isCloseTo(actual, within(0.02));
        assertThat(actual).isBetween(0.6, 0.95);
    }

    @Test
    void teamsOfEqualTalentLeaveNothingToPredictAndNoSpreadIsUndefined() {
        SplittableRandom rng = new SplittableRandom(7);
        double[] wins = new double[600];
        double[] games = new double[600];
        for (int i = 0; i < wins.length; i++) {
            wins[i] = observed(0.5, 162, rng);
            games[i] = 162;
        }
        assertThat(LuckBound.of(wins, games)).isLessThan(0.25);
        assertThat(LuckBound.of(new double[] {0.5, 0.5}, new double[] {162, 162})).isNaN();
        assertThat(LuckBound.of(new double[] {0.5}, new double[] {162})).isNaN();
    }
}
