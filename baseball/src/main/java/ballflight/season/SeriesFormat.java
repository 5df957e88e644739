package ballflight.season;

/**
 * A postseason round's series: its length and where each game is played. The home pattern is
 * read from the higher seed's side: {@code true} = the higher seed is at home.
 */
public enum SeriesFormat {
    /** Best of 3, every game at the higher seed. */
    WILD_CARD("Wild Card Series", true, true, true),
    /** Best of 5, 2-2-1. */
    DIVISION("Division Series", true, true, false, false, true),
    /** Best of 7, 2-3-2. */
    LEAGUE_CHAMPIONSHIP("League Championship Series", true, true, false, false, false, true, true),
    /** Best of 7, 2-3-2. */
    WORLD_SERIES("World Series", true, true, false, false, false, true, true);

    private final String title;
    private final boolean[] higherSeedHome;

    SeriesFormat(String title, boolean... higherSeedHome) {
        this.title = title;
        this.higherSeedHome = higherSeedHome;
    }

    public String title() {
        return title;
    }

    /** Games in the series at most (3, 5 or 7). */
    public int maxGames() {
        return higherSeedHome.length;
    }

    /** Wins that take the series. */
    public int winsNeeded() {
        return higherSeedHome.length / 2 + 1;
    }

    /** Whether the higher seed hosts game {@code game} (0-based). */
    public boolean higherSeedHome(int game) {
        return higherSeedHome[game];
    }
}
