package ballflight.data;

/**
 * How widely a hitter's launch angles spread, from two numbers Savant gives for every hitter: his
 * mean launch angle and his sweet-spot share (batted balls between 8 and 32 degrees). Read as a
 * normal law, the spread is the sd that puts his sweet-spot share of the law between 8 and 32
 * degrees: the league's mean of 13.4 degrees and share of 34.0 % give 26.4 degrees. At the same
 * mean, a hitter with more of his balls in the sweet spot meets the ball at a steadier height.
 *
 * <p>A wider law puts less of itself in the window, except when the mean lies outside it: then the
 * share first rises with the spread, peaks, and falls. The sd is taken on the falling branch, as
 * every hitter's is (the peak lies under 18 degrees for means from 1 to 39 degrees), and held to
 * 18-37 degrees, about the 1st to 99th percentile of the 389 hitters with 100 or more batted balls
 * in 2025, so that a share earned on few balls cannot ask for an extreme swing.
 */
public final class LaunchAngleSpread {
    /** PA-weighted mean of the bundled 2025 hitters' spreads, deg (held by LeagueDataTest). */
    public static final double LEAGUE_SD_DEG = 25.9;
    static final double SWEET_SPOT_LOW_DEG = 8.0;
    static final double SWEET_SPOT_HIGH_DEG = 32.0;
    static final double MIN_SD_DEG = 18.0;
    static final double MAX_SD_DEG = 37.0;
    private static final int BISECTIONS = 60;

    private LaunchAngleSpread() {
    }

    /** The sd, deg, of the normal law with mean {@code meanDeg} whose share between 8 and 32 degrees is {@code sweetSpotShare}. */
    public static double sdDeg(double meanDeg, double sweetSpotShare) {
        double lo = Math.max(MIN_SD_DEG, peakSdDeg(meanDeg));
        double hi = MAX_SD_DEG;
        if (lo >= hi || sweetSpotShare >= share(meanDeg, lo)) {
            return Math.min(lo, hi);
        }
        if (sweetSpotShare <= share(meanDeg, hi)) {
            return hi;
        }
        for (int i = 0; i < BISECTIONS; i++) {
            double mid = 0.5 * (lo + hi);
            if (share(meanDeg, mid) > sweetSpotShare) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /** The law's share between 8 and 32 degrees. */
    static double share(double meanDeg, double sdDeg) {
        return Normal.cdf((SWEET_SPOT_HIGH_DEG - meanDeg) / sdDeg) - Normal.cdf((SWEET_SPOT_LOW_DEG - meanDeg) / sdDeg);
    }

    /**
     * The sd at which the share peaks, 0 when the mean lies inside the window (the share then only
     * falls). Outside, with a and b the far and near edges' distances from the mean, the two edges'
     * densities balance, a phi(a/s) = b phi(b/s), at s^2 = (a^2 - b^2) / (2 ln(a/b)).
     */
    static double peakSdDeg(double meanDeg) {
        if (meanDeg >= SWEET_SPOT_LOW_DEG && meanDeg <= SWEET_SPOT_HIGH_DEG) {
            return 0.0;
        }
        double a = Math.max(Math.abs(SWEET_SPOT_HIGH_DEG - meanDeg), Math.abs(SWEET_SPOT_LOW_DEG - meanDeg));
        double b = Math.min(Math.abs(SWEET_SPOT_HIGH_DEG - meanDeg), Math.abs(SWEET_SPOT_LOW_DEG - meanDeg));
        return Math.sqrt((a * a - b * b) / (2.0 * Math.log(a / b)));
    }
}
