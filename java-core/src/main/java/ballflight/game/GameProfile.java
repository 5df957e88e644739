package ballflight.game;

/**
 * Where a worker's time went (nanoseconds): plate appearances in the engine (pitch flights,
 * swings, batted-ball flights and fielding together: the engine does not split them), the
 * extra landing flights for the runners, and the whole game (the rest is rules and bookkeeping).
 * One per worker thread; merged at the end.
 */
public final class GameProfile {
    private long plateAppearancesNs;
    private long landingsNs;
    private long gamesNs;

    void addPlateAppearances(long ns) {
        plateAppearancesNs += ns;
    }

    void addLandings(long ns) {
        landingsNs += ns;
    }

    public void addGame(long ns) {
        gamesNs += ns;
    }

    public void merge(GameProfile o) {
        plateAppearancesNs += o.plateAppearancesNs;
        landingsNs += o.landingsNs;
        gamesNs += o.gamesNs;
    }

    public long plateAppearancesNs() {
        return plateAppearancesNs;
    }

    public long landingsNs() {
        return landingsNs;
    }

    public long gamesNs() {
        return gamesNs;
    }

    /** Rules, baserunning, box scores: game time not spent flying balls. */
    public long rulesNs() {
        return Math.max(0, gamesNs - plateAppearancesNs - landingsNs);
    }
}
