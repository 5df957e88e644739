package ballflight.data;

/**
 * Catcher framing: the called strikes a catcher gains over an average one, from his 2025 framing
 * runs (Savant's fielding run value), and the called zone that gives them in the engine.
 */
public final class Framing {
    /**
     * Runs a ball turned into a strike is worth: about 0.13 (Mike Fast's framing study, Baseball
     * Prospectus 2011; BP's framing model uses 0.14 a frame, Sports Info Solutions about 0.10).
     */
    public static final double RUNS_PER_STRIKE = 0.13;
    /**
     * Outs caught that count as much as the catcher's own in his rate: a few hundred outs of framing
     * runs spread five times wider per out than a regular's (2025: 17 against 3 runs per 1,000
     * outs under and over 300 outs), so a short sample is pulled toward the league's zero.
     */
    public static final double PRIOR_OUTS = 300.0;
    /**
     * Called strikes the engine gains per out when the called zone grows 1 ft on every side: its
     * taken pitches' density at the zone's edge (`FramingTest` measures it on the engine).
     */
    public static final double CALLED_STRIKES_PER_OUT_PER_FT = 1.65;

    private Framing() {
    }

    /** Called strikes gained per out caught over an average catcher; 0 when he caught no outs. */
    public static double strikesPerOut(double framingRuns, double outsCaught) {
        if (!(outsCaught > 0) || !Double.isFinite(framingRuns)) {
            return 0.0;
        }
        return framingRuns / RUNS_PER_STRIKE / (outsCaught + PRIOR_OUTS);
    }

    /** How much larger (smaller when negative) the umpire's zone is with this catcher behind the plate, ft. */
    public static double zoneEdgeFt(double strikesPerOut) {
        return strikesPerOut / CALLED_STRIKES_PER_OUT_PER_FT;
    }
}
