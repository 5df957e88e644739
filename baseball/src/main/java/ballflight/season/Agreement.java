package ballflight.season;

/**
 * How well simulated values follow actual ones over the same players or teams: Pearson
 * correlation, the least-squares slope of simulated on actual (1 = talent carries through at full
 * size, below 1 = everyone is pulled toward the mean), and the root-mean-square difference in the
 * values' own unit. Undefined figures (fewer than two pairs, no spread) are NaN.
 *
 * @param n pairs
 * @param r correlation
 * @param slope d(simulated) / d(actual)
 * @param rms root-mean-square of simulated - actual
 */
public record Agreement(int n, double r, double slope, double rms) {

    public static Agreement of(double[] actual, double[] simulated) {
        if (actual.length != simulated.length) {
            throw new IllegalArgumentException("paired series differ in length: " + actual.length + " vs " + simulated.length);
        }
        int n = actual.length;
        if (n == 0) {
            return new Agreement(0, Double.NaN, Double.NaN, Double.NaN);
        }
        double meanA = mean(actual);
        double meanS = mean(simulated);
        double saa = 0;
        double sss = 0;
        double sas = 0;
        double squares = 0;
        for (int i = 0; i < n; i++) {
            double a = actual[i] - meanA;
            double s = simulated[i] - meanS;
            saa += a * a;
            sss += s * s;
            sas += a * s;
            squares += (simulated[i] - actual[i]) * (simulated[i] - actual[i]);
        }
        double r = n < 2 || saa == 0 || sss == 0 ? Double.NaN : sas / Math.sqrt(saa * sss);
        double slope = n < 2 || saa == 0 ? Double.NaN : sas / saa;
        return new Agreement(n, r, slope, Math.sqrt(squares / n));
    }

    static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return values.length == 0 ? Double.NaN : sum / values.length;
    }

    /** Population standard deviation (the spread of this set itself, e.g. of 30 teams' wins). */
    static double sd(double[] values) {
        return values.length == 0 ? Double.NaN : Math.sqrt(squaredDeviations(values) / values.length);
    }

    /** Sample variance (n - 1): the scatter of repeated draws of one quantity, e.g. a player's seasons. */
    static double variance(double[] values) {
        return values.length < 2 ? Double.NaN : squaredDeviations(values) / (values.length - 1);
    }

    private static double squaredDeviations(double[] values) {
        double m = mean(values);
        double sum = 0;
        for (double v : values) {
            sum += (v - m) * (v - m);
        }
        return sum;
    }
}
