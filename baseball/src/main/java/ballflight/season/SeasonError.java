package ballflight.season;

import java.util.List;

/**
 * The Monte Carlo standard error of a fidelity figure from the seasons it was computed over: how
 * far another set of seeds could move it. A target within about two of them of the figure is not
 * decided by these seasons.
 */
final class SeasonError {
    private SeasonError() {
    }

    /** Of a mean over seasons: their sample sd over the square root of their number; NaN for fewer than two. */
    static double ofMean(List<Double> perSeason) {
        int k = perSeason.size();
        if (k < 2) {
            return Double.NaN;
        }
        double[] v = perSeason.stream().mapToDouble(Double::doubleValue).toArray();
        return Math.sqrt(Agreement.variance(v) / k);
    }

    /**
     * Jackknife, for a figure that is not a mean of per-season figures (the r of mean wins):
     * {@code leaveOneOut[i]} is the figure recomputed without season i. NaN for fewer than two seasons.
     */
    static double jackknife(double[] leaveOneOut) {
        int k = leaveOneOut.length;
        if (k < 2) {
            return Double.NaN;
        }
        double squaredDeviations = Agreement.variance(leaveOneOut) * (k - 1);
        return Math.sqrt((k - 1.0) / k * squaredDeviations);
    }
}
