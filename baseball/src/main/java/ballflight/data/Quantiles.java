package ballflight.data;

/** Turns Savant percentile ranks into standard-normal scores. */
final class Quantiles {
    private Quantiles() {
    }

    /**
     * Inverse standard normal CDF for {@code p} clamped to [0.01, 0.99] (percentile ranks are
     * whole numbers from 1 to 100); logistic approximation, good to ~0.02 in z, plenty for a rank.
     */
    static double normal(double p) {
        double q = Math.max(0.01, Math.min(0.99, p));
        return Math.log(q / (1 - q)) / 1.702;
    }
}
