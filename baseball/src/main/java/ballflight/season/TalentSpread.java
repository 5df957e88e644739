package ballflight.season;

/**
 * How widely a row's simulated players (teams) differ in their true rates, against how widely 2025's
 * did, and what that does to the row's r.
 *
 * <p>A season's value is the player's true rate plus that season's luck. The row's {@code bound} is
 * the share of the simulated spread that is talent (sqrt of talent variance over total, from the
 * seasons' own scatter) and its {@code luckBound} the same share for 2025's values; the slope over r
 * is the ratio of the two spreads. So the engine's talent spread over 2025's is
 * {@code (slope / r) x (bound / luckBound)}. An engine whose players differ more than 2025's did
 * (above 1) reaches a higher r for the same ordering of talent, because its own luck hides less of
 * it: {@code bound x luckBound} is the best r at the engine's spread. At 2025's spread, with the
 * engine's own luck, the bound would be {@code bound / sqrt(bound^2 + (1 - bound^2) spread^2)}, and
 * the best r that times {@code luckBound}: what an engine playing exactly 2025's talents can show
 * (about luckBound^2 for a one-season row), before inputs measured on the same 2025 balls as the
 * outcome, which carry some of 2025's luck in (the expected-stats block). And r / bound is the
 * correlation of the engine's true rates with 2025's values, whatever their spread: how well the
 * engine orders its players, which a change to the spread alone does not move.
 *
 * @param spread the engine's talent spread over 2025's (1: as wide; NaN where the row has no luck bound)
 * @param bestR the best r at the engine's spread, {@code bound x luckBound}
 * @param bestRAtRealSpread the best r at 2025's spread
 * @param talentR r / bound: the engine's true rates against 2025's values
 */
public record TalentSpread(double spread, double bestR, double bestRAtRealSpread, double talentR) {
    static final TalentSpread NONE = new TalentSpread(Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    /** The row's spread; {@link #NONE} when it has no luck bound, no bound, or no positive r. */
    public static TalentSpread of(FidelityRow row) {
        return of(row.r(), row.slope(), row.bound(), row.luckBound());
    }

    static TalentSpread of(double r, double slope, double bound, double luckBound) {
        if (!(r > 0 && slope > 0 && bound > 0 && bound <= 1 && luckBound > 0 && luckBound <= 1)) {
            return NONE;
        }
        double spread = slope / r * (bound / luckBound);
        double boundAtReal = bound / Math.sqrt(bound * bound + (1 - bound * bound) * spread * spread);
        return new TalentSpread(spread, bound * luckBound, boundAtReal * luckBound, r / bound);
    }

    public boolean isSet() {
        return !Double.isNaN(spread);
    }

    /**
     * The target's minimum r less the best r at 2025's spread: above 0, an engine playing exactly
     * 2025's talents would fall short of the target by that much too. NaN when the row or the target
     * has no r.
     */
    public double targetGap(FidelityTarget target) {
        return isSet() ? target.minR() - bestRAtRealSpread : Double.NaN;
    }
}
