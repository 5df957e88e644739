package ballflight.season;

/**
 * A finished postseason series.
 *
 * @param format the round
 * @param league "AL", "NL" or "MLB" (World Series)
 * @param higher the team with home advantage
 * @param lower its opponent
 * @param higherWins games won by {@code higher}
 * @param lowerWins games won by {@code lower}
 */
public record SeriesResult(SeriesFormat format, String league, String higher, String lower, int higherWins, int lowerWins) {
    public String winner() {
        return higherWins > lowerWins ? higher : lower;
    }

    public String loser() {
        return higherWins > lowerWins ? lower : higher;
    }
}
