package ballflight.projection;

/**
 * A Monte Carlo estimate and its standard error: a probability (share of seasons, binomial
 * error sqrt(p(1-p)/n)) or a mean difference between paired seasons.
 *
 * @param value the estimate
 * @param standardError its standard error
 */
public record Estimate(double value, double standardError) {
    /** The share of {@code n} independent seasons with {@code hits}. */
    public static Estimate share(int hits, int n) {
        double p = (double) hits / n;
        return new Estimate(p, Math.sqrt(p * (1 - p) / n));
    }
}
