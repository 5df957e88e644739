package ballflight.game;

/**
 * How a pitcher holds runners, from Savant's 2025 pitcher running game (steal opportunities,
 * steals and caught stealing against him), shrunk toward the league.
 *
 * @param attemptFactor steal attempts against him relative to the league (1 = league)
 * @param deliveryS his effective time to the plate in the steal race
 */
public record HoldingRunners(double attemptFactor, double deliveryS) {
    /** League steal attempts per opportunity and success rate, 2025 (sum over every pitcher in the file). */
    static final double LEAGUE_ATTEMPT_RATE = 0.01356;
    static final double LEAGUE_SUCCESS = 0.796;
    /** Pseudo-counts of league behaviour added to each pitcher's record. */
    static final double PRIOR_OPPORTUNITIES = 1000.0;
    static final double PRIOR_ATTEMPTS = 20.0;
    /** A pitcher with no record: league behaviour. */
    public static final HoldingRunners LEAGUE = new HoldingRunners(1.0, Game.DELIVERY_S);

    /**
     * The delivery time that turns the league success rate into his (shrunk) success rate in
     * the logistic steal race of {@link Game} (spread {@code Game.STEAL_SPREAD_S}).
     */
    static HoldingRunners of(double opportunities, double sb, double cs) {
        double attempts = (sb + cs + LEAGUE_ATTEMPT_RATE * PRIOR_OPPORTUNITIES) / (opportunities + PRIOR_OPPORTUNITIES);
        double success = (sb + LEAGUE_SUCCESS * PRIOR_ATTEMPTS) / (sb + cs + PRIOR_ATTEMPTS);
        double shift = Game.STEAL_SPREAD_S * (logit(success) - logit(LEAGUE_SUCCESS));
        return new HoldingRunners(attempts / LEAGUE_ATTEMPT_RATE, Game.DELIVERY_S + shift);
    }

    private static double logit(double p) {
        return Math.log(p / (1.0 - p));
    }
}
