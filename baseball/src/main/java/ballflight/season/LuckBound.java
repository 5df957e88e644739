package ballflight.season;

/**
 * The largest correlation any model of talent can show against one real season, because that
 * season's numbers carry their own luck: a rate of {@code p} over {@code n} trials scatters by
 * p(1 - p) / n around the player's true rate (a team's wins by 162 p(1 - p) around its expected
 * wins). If the simulation knew every true rate exactly, r = sqrt(1 - mean luck variance /
 * variance of the 2025 values). Only for rows whose engine inputs are not the outcome itself: the
 * walk rates steer the pitchers' aim, so BB%'s 2025 luck is carried in, not a limit; K% comes out
 * of whiffs and chases and does get one.
 * The best r a row can reach is about its {@link NoiseBound} times this.
 */
final class LuckBound {
    private LuckBound() {
    }

    /**
     * @param rates each player's (team's) 2025 rate, a share between 0 and 1
     * @param trials the trials it is a share of (plate appearances, at-bats, games)
     * @return the bound, NaN with fewer than two values or no spread
     */
    static double of(double[] rates, double[] trials) {
        if (rates.length < 2) {
            return Double.NaN;
        }
        double luck = 0;
        for (int i = 0; i < rates.length; i++) {
            luck += rates[i] * (1 - rates[i]) / trials[i];
        }
        luck /= rates.length;
        double sd = Agreement.sd(rates);
        double var = sd * sd;
        return var > 0 ? Math.sqrt(Math.max(0.0, 1.0 - luck / var)) : Double.NaN;
    }
}
