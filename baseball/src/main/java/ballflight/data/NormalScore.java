package ballflight.data;

/**
 * A player's 2025 rate as a normal score against the league's, held to a few standard deviations:
 * a few batted balls, or a Savant percentile near 0 or 100, can put a part-timer far out.
 */
public final class NormalScore {
    private NormalScore() {
    }

    /** {@code (value - mean) / sd}, held to {@code +-maxAbs}. */
    public static double of(double value, double mean, double sd, double maxAbs) {
        return Math.max(-maxAbs, Math.min(maxAbs, (value - mean) / sd));
    }
}
