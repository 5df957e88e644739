package ballflight.season;

import java.util.List;

/**
 * The largest correlation a fidelity row could show given the simulation's own season-to-season
 * scatter: if every player's (or team's) simulated expectation were exactly his 2025 value, one
 * season would still scatter around it, and r = sqrt(var2025 / (var2025 + noise)), where noise is
 * the mean within-player variance over the seasons played (divided by K for a mean of K seasons).
 * A row below its bound by little has no room left; one far below it has talent still missing.
 */
final class NoiseBound {
    private NoiseBound() {
    }

    /**
     * @param real each player's 2025 value
     * @param simulated each player's simulated values, one per season he qualified in (same order as {@code real})
     * @param seasonsAveraged 1 for a per-season row, K when the row compares the mean of K seasons
     * @return the bound, NaN when fewer than two players have two or more seasons
     */
    static double of(double[] real, List<double[]> simulated, int seasonsAveraged) {
        SeasonScatter scatter = SeasonScatter.of(real, simulated, i -> 1.0);
        if (scatter.players() < 2) {
            return Double.NaN;
        }
        double noise = scatter.meanVariance() / seasonsAveraged;
        double var = scatter.realVariance();
        return Math.sqrt(var / (var + noise));
    }
}
