package ballflight.data;

/** Standard normal CDF and its inverse (enough accuracy for skill mappings, ~1e-4). */
public final class Normal {
    private Normal() {
    }

    /** P(Z <= z), Abramowitz-Stegun 26.2.17 (error below 7.5e-8). */
    public static double cdf(double z) {
        double t = 1.0 / (1.0 + 0.2316419 * Math.abs(z));
        double poly = t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
        double tail = Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI) * poly;
        return z >= 0 ? 1.0 - tail : tail;
    }

    /** P(|X| > halfWidth) for X normal with this mean and sigma: how often a draw leaves the window [-halfWidth, halfWidth]. */
    public static double outside(double mean, double sigma, double halfWidth) {
        return 1.0 - (cdf((halfWidth - mean) / sigma) - cdf((-halfWidth - mean) / sigma));
    }

    /** z with P(Z <= z) = p: Acklam's rational approximation (relative error 1.2e-9), p clamped to [1e-9, 1 - 1e-9]. */
    public static double quantile(double p) {
        double q = Math.max(1e-9, Math.min(1 - 1e-9, p));
        final double[] a = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
            1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
        final double[] b = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
            6.680131188771972e+01, -1.328068155288572e+01};
        final double[] c = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
            -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
        final double[] d = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00};
        double low = 0.02425;
        if (q < low || q > 1 - low) {
            double t = Math.sqrt(-2 * Math.log(q < low ? q : 1 - q));
            double z = (((((c[0] * t + c[1]) * t + c[2]) * t + c[3]) * t + c[4]) * t + c[5])
                    / ((((d[0] * t + d[1]) * t + d[2]) * t + d[3]) * t + 1);
            return q < low ? z : -z;
        }
        double u = q - 0.5;
        double r = u * u;
        return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * u
                / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    }
}
