package ballflight.contact;

/** Standard normal CDF and its inverse (enough accuracy for skill mappings, ~1e-4). */
final class Normal {
    private Normal() {
    }

    /** P(Z <= z), Abramowitz-Stegun 26.2.17 (error below 7.5e-8). */
    static double cdf(double z) {
        double t = 1.0 / (1.0 + 0.2316419 * Math.abs(z));
        double poly = t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
        double tail = Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI) * poly;
        return z >= 0 ? 1.0 - tail : tail;
    }

    /** z with P(Z <= z) = p, by bisection on {@link #cdf} (p clamped to [1e-6, 1 - 1e-6]). */
    static double quantile(double p) {
        double q = Math.max(1e-6, Math.min(1 - 1e-6, p));
        double lo = -6;
        double hi = 6;
        for (int i = 0; i < 50; i++) {
            double mid = 0.5 * (lo + hi);
            if (cdf(mid) < q) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }
}
