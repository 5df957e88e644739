package ballflight.data;

/**
 * How much better (or worse) a pitch finished hitters with two strikes in 2025 than its whiff rate
 * says. Savant's put-away rate (strikeouts per two-strike pitch) rises with a pitch's whiffs per
 * swing; what is left over (command of the chase pitch, tunnelling, sequencing) is the pitch's own
 * and is played as two-strike whiff odds ({@code Swing}). Without it a staff whose 2025 strikeouts
 * lagged its whiffs (the Rockies' by 0.031 of K%) struck out as if they had not.
 */
public final class PutAway {
    /**
     * logit(put-away) = SLOPE * logit(whiff) + INTERCEPT: the league's relation over the 2,658 pitches
     * of the bundled pitchers (Savant pitch-arsenal stats 2025, each pitch's squared error weighted by
     * its pitch count; r 0.40, residual sd 0.36; docs/data/fit_put_away.py).
     */
    static final double SLOPE = 0.353;
    static final double INTERCEPT = -1.097;

    private PutAway() {
    }

    /**
     * The pitch's put-away logit beyond its whiff rate's, or 0 when either rate is missing or not
     * strictly between 0 and 1.
     */
    public static double lift(double whiffRate, double putAwayRate) {
        if (!(whiffRate > 0 && whiffRate < 1 && putAwayRate > 0 && putAwayRate < 1)) {
            return 0.0;
        }
        return logit(putAwayRate) - (SLOPE * logit(whiffRate) + INTERCEPT);
    }

    private static double logit(double p) {
        return Math.log(p / (1 - p));
    }
}
