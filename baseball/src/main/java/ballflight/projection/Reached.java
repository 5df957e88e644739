package ballflight.projection;

import ballflight.season.PostseasonResult;

/** How far a team got in one season; each stage is one bit of {@link SeasonOutcome#reached()}. */
public enum Reached {
    DIVISION("division"),
    BYE("bye"),
    POSTSEASON("postseason"),
    PENNANT("pennant"),
    WORLD_SERIES("ws");

    private final String key;

    Reached(String key) {
        this.key = key;
    }

    /** Short name for JSON and CSV columns (p_division, ...). */
    public String key() {
        return key;
    }

    int bit() {
        return 1 << ordinal();
    }

    boolean in(int bits) {
        return (bits & bit()) != 0;
    }

    /** {@code team}'s bits for a played postseason. */
    static int of(String team, PostseasonResult p) {
        int bits = 0;
        bits |= p.divisionWinners().contains(team) ? DIVISION.bit() : 0;
        bits |= p.byes().contains(team) ? BYE.bit() : 0;
        bits |= p.teams().contains(team) ? POSTSEASON.bit() : 0;
        bits |= p.pennants().contains(team) ? PENNANT.bit() : 0;
        bits |= p.champion().equals(team) ? WORLD_SERIES.bit() : 0;
        return bits;
    }
}
