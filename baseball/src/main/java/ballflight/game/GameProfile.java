package ballflight.game;

import ballflight.contact.ContactClamps;
import ballflight.pitch.FlightTimes;
import java.util.Locale;

/**
 * Where a worker's time went (nanoseconds), measured inside the engine: pitch flights, batted-ball
 * flights, the pitches flown only to learn a pitcher's aim (with the count of each), the rest of the
 * plate appearances (pitch choice, swing decisions, contact, fielding), and the rest of the games
 * (rules, baserunning, staff, box scores). One per worker thread; merged at the end. Timings only:
 * nothing here enters a game's result.
 */
public final class GameProfile {
    private final FlightTimes flights = new FlightTimes();
    private final ContactClamps contact = new ContactClamps();
    private long plateAppearancesNs;
    private long plateAppearances;
    private long gamesNs;
    private long games;

    /** The engine adds its flights here. */
    public FlightTimes flights() {
        return flights;
    }

    /** The engine counts its collisions (and the clamped ones) here. */
    public ContactClamps contact() {
        return contact;
    }

    void addPlateAppearance(long ns) {
        plateAppearancesNs += ns;
        plateAppearances++;
    }

    public void addGame(long ns) {
        gamesNs += ns;
        games++;
    }

    public void merge(GameProfile o) {
        flights.merge(o.flights);
        contact.merge(o.contact);
        plateAppearancesNs += o.plateAppearancesNs;
        plateAppearances += o.plateAppearances;
        gamesNs += o.gamesNs;
        games += o.games;
    }

    public long plateAppearancesNs() {
        return plateAppearancesNs;
    }

    public long gamesNs() {
        return gamesNs;
    }

    public long games() {
        return games;
    }

    /** Plate appearances outside the kernel: pitch choice, swings, contact, fielding. */
    public long fieldingAndSwingNs() {
        return Math.max(0, plateAppearancesNs - flights.totalNanos());
    }

    /** Rules, baserunning, staff, box scores: game time outside plate appearances. */
    public long rulesNs() {
        return Math.max(0, gamesNs - plateAppearancesNs);
    }

    /**
     * The split as text lines: each part's share of the game time, ms per game, and the flight
     * counts; orchestration is what the workers spent outside games ({@code wallS x workers} minus
     * the game time: waiting, merging, starting up).
     */
    public String describe(double wallS, int workers) {
        double total = Math.max(1, gamesNs);
        double perGame = Math.max(1, games);
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "profile: %d games, %.2f s in games (%.2f ms per game), %d plate appearances%n", games, gamesNs / 1e9,
                gamesNs / 1e6 / perGame, plateAppearances));
        line(s, "pitch flights", flights.nanos(FlightTimes.Kind.PITCH), total, perGame,
                flights.flights(FlightTimes.Kind.PITCH), "pitches");
        line(s, "batted-ball flights", flights.nanos(FlightTimes.Kind.BATTED_BALL), total, perGame,
                flights.flights(FlightTimes.Kind.BATTED_BALL), "balls");
        line(s, "aim-map flights", flights.nanos(FlightTimes.Kind.AIM_MAP), total, perGame,
                flights.flights(FlightTimes.Kind.AIM_MAP), "pitches");
        line(s, "fielding + swing logic", fieldingAndSwingNs(), total, perGame, -1, null);
        line(s, "rules/baserunning/box", rulesNs(), total, perGame, -1, null);
        s.append(String.format(Locale.ROOT, "  %-24s %.2f s (wall %.2f s x %d workers - time in games)%n",
                "orchestration", Math.max(0.0, wallS * workers - gamesNs / 1e9), wallS, workers));
        s.append("  ").append(contact.describe()).append(System.lineSeparator());
        return s.toString();
    }

    private static void line(StringBuilder s, String what, long ns, double total, double perGame, long count,
                             String unit) {
        s.append(String.format(Locale.ROOT, "  %-24s %5.1f%%  %6.2f ms/game", what, 100.0 * ns / total,
                ns / 1e6 / perGame));
        if (count >= 0) {
            s.append(String.format(Locale.ROOT, "  %,d %s (%.1f per game, %.1f µs each)", count, unit,
                    count / perGame, count == 0 ? 0.0 : ns / 1e3 / count));
        }
        s.append(System.lineSeparator());
    }
}
