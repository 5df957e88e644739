package ballflight.season;

import java.util.List;

/**
 * Savant's home-run quality of a season's batted balls, each flown in all 30 parks in each park's
 * season-average air (no wind, as Savant's "xHR"): xHR = the balls' parks-gone / 30 summed;
 * no-doubters = balls that would be gone in all 30 parks, mostly gone 8-29, doubters 1-7 (Savant's
 * classes count every batted ball gone somewhere, home run in its own park or not; Savant's
 * no-doubter share is no-doubters over home runs).
 *
 * @param hitters per hitter, by xHR (then name)
 * @param pitchers per pitcher, by xHR allowed (then name)
 * @param league the whole season's line
 */
public record HomeRunQuality(List<Line> hitters, List<Line> pitchers, Line league) {
    public static final int PARKS = 30;
    public static final int MOSTLY_GONE_MIN = 8;
    public static final int DOUBTER_MAX = 7;

    /**
     * @param balls fair batted balls
     * @param homeRuns simulated home runs (in the park the game was played in)
     * @param xhr sum over the balls of parks gone / 30
     * @param noDoubters balls gone in all 30 parks
     * @param mostlyGone balls gone in 8-29
     * @param doubters balls gone in 1-7
     */
    public record Line(String name, String team, int balls, int homeRuns, double xhr, int noDoubters, int mostlyGone,
                       int doubters) {
        Line plus(int parksGone, boolean homeRun) {
            return new Line(name, team, balls + 1, homeRuns + (homeRun ? 1 : 0), xhr + parksGone / (double) PARKS,
                    noDoubters + (parksGone == PARKS ? 1 : 0),
                    mostlyGone + (parksGone >= MOSTLY_GONE_MIN && parksGone < PARKS ? 1 : 0),
                    doubters + (parksGone >= 1 && parksGone <= DOUBTER_MAX ? 1 : 0));
        }

        static Line empty(String name, String team) {
            return new Line(name, team, 0, 0, 0.0, 0, 0, 0);
        }
    }
}
