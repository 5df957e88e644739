package ballflight.season;

import java.util.List;

/**
 * The largest correlation any model of talent can show against one real season, because that
 * season's numbers carry their own luck: a rate of {@code p} over {@code n} trials scatters by
 * p(1 - p) / n around the player's true rate (a team's wins by 162 p(1 - p) around its expected
 * wins). If the simulation knew every true rate exactly, r = sqrt(1 - mean luck variance /
 * variance of the 2025 values). Only for rows whose engine inputs are not the outcome itself: the
 * walk rates steer the pitchers' aim, so BB%'s 2025 luck is carried in, not a limit; K% comes out
 * of whiffs and chases and does get one. Rates that are not one share of their trials (ISO, ERA)
 * take their luck from the engine's own season-to-season scatter instead ({@link #fromScatter}).
 * The best r a row can reach is about its {@link NoiseBound} times this.
 */
final class LuckBound {
    private LuckBound() {
    }

    /**
     * @param rates each player's (team's) 2025 rate, a share between 0 and 1
     * @param trials the trials it is a share of (plate appearances, at-bats, games)
     * @return the bound, NaN with fewer than two values or no spread
     */
    static double of(double[] rates, double[] trials) {
        if (rates.length < 2) {
            return Double.NaN;
        }
        double luck = 0;
        for (int i = 0; i < rates.length; i++) {
            luck += rates[i] * (1 - rates[i]) / trials[i];
        }
        double sd = Agreement.sd(rates);
        return bound(luck / rates.length, sd * sd);
    }

    /**
     * The same bound for a rate with no binomial model (ISO: bases per at-bat; ERA: runs per out):
     * a player's luck over his 2025 trials is taken to be what the engine's seasons show for him,
     * the within-player variance of his simulated seasons, scaled from his simulated trials to his
     * 2025 trials (a rate's luck variance goes as one over its trials). That holds while the engine's
     * league scatters like the real one (its run and extra-base rates sit in the 2025 bands).
     *
     * @param real each player's 2025 value
     * @param simulated each player's simulated values, one per season he qualified in (same order)
     * @param simulatedTrials his mean simulated trials (at-bats, outs) over those seasons
     * @param realTrials his 2025 trials
     * @return the bound, NaN when fewer than two players have two or more seasons, or no spread
     */
    static double fromScatter(double[] real, List<double[]> simulated, double[] simulatedTrials, double[] realTrials) {
        SeasonScatter scatter = SeasonScatter.of(real, simulated, i -> realTrials[i] > 0 && simulatedTrials[i] > 0
                ? simulatedTrials[i] / realTrials[i] : Double.NaN);
        return scatter.players() < 2 ? Double.NaN : bound(scatter.meanVariance(), scatter.realVariance());
    }

    /** r = sqrt(1 - mean luck variance / variance of the 2025 values); NaN when they do not spread. */
    private static double bound(double meanLuckVariance, double realVariance) {
        return realVariance > 0 ? Math.sqrt(Math.max(0.0, 1.0 - meanLuckVariance / realVariance)) : Double.NaN;
    }
}
