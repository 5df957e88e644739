package ballflight.season;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
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

    @Test
    void scatterOfSimulatedSeasonsScaledToTheRealTrialsGivesTheSameBound() {
        // Runs per out have no binomial form: the engine's seasons show each pitcher's luck. Here the
        // "engine" plays 1,200 pitchers 5 seasons of 600 outs each at their true rate; 2025 saw them
        // over 300-700 outs. The bound from the scatter, scaled to the 2025 outs, must be the r the
        // true rates have with the 2025 values.
        SplittableRandom rng = new SplittableRandom(11);
        int n = 1200;
        double[] truth = new double[n];
        double[] seen = new double[n];
        double[] realOuts = new double[n];
        double[] simOuts = new double[n];
        List<double[]> seasons = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            truth[i] = 0.10 + 0.03 * rng.nextGaussian();
            realOuts[i] = 300 + rng.nextInt(401);
            simOuts[i] = 600;
            seen[i] = observed(Math.max(0.01, truth[i]), (int) realOuts[i], rng);
            double[] v = new double[5];
            for (int s = 0; s < v.length; s++) {
                v[s] = observed(Math.max(0.01, truth[i]), 600, rng);
            }
            seasons.add(v);
        }
        double actual = Agreement.of(seen, truth).r();
        assertThat(LuckBound.fromScatter(seen, seasons, simOuts, realOuts)).isCloseTo(actual, within(0.03));
        // Seasons that differ by much more than the real outs allow leave nothing to predict.
        double[] fewOuts = new double[n];
        java.util.Arrays.fill(fewOuts, 5);
        assertThat(LuckBound.fromScatter(seen, seasons, simOuts, fewOuts)).isLessThan(actual - 0.3);
        assertThat(LuckBound.fromScatter(new double[] {0.1}, List.of(new double[] {0.1, 0.2}), new double[] {600},
                new double[] {500})).isNaN();
    }
}
