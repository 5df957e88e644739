package ballflight.season;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * The players' own season-to-season scatter in K simulated seasons, as {@link NoiseBound} and
 * {@link LuckBound#fromScatter} both read it: the mean over the players with two or more seasons of
 * each one's sample variance, each times a per-player scale, and those players' 2025 values.
 *
 * @param meanVariance the mean scaled within-player variance
 * @param real the 2025 values of the players counted, in their order
 */
record SeasonScatter(double meanVariance, double[] real) {

    /**
     * @param real each player's 2025 value
     * @param simulated each player's simulated values, one per season he qualified in (same order)
     * @param scale each player's factor on his variance; a player whose factor is not above 0 is left out
     */
    static SeasonScatter of(double[] real, List<double[]> simulated, IntToDoubleFunction scale) {
        double sum = 0;
        int players = 0;
        double[] kept = new double[real.length];
        for (int i = 0; i < real.length; i++) {
            double[] v = simulated.get(i);
            double s = v.length < 2 ? Double.NaN : scale.applyAsDouble(i);
            if (!(s > 0)) {
                continue;
            }
            sum += Agreement.variance(v) * s;
            kept[players++] = real[i];
        }
        return new SeasonScatter(players == 0 ? Double.NaN : sum / players, Arrays.copyOf(kept, players));
    }

    /** Players counted. */
    int players() {
        return real.length;
    }

    /** The spread of the counted players' 2025 values: their population variance. */
    double realVariance() {
        double sd = Agreement.sd(real);
        return sd * sd;
    }
}
