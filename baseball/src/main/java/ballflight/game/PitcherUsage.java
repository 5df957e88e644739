package ballflight.game;

import ballflight.data.Pitcher;

/**
 * How a pitcher was used in 2025, from his innings and games (the data has no games started): a
 * start is taken as {@value #START_IP} innings and a relief appearance as {@value #RELIEF_IP}
 * (2025 league means), so a pitcher with {@code IP} innings in {@code G} games made
 * {@code (IP - RELIEF_IP G) / (START_IP - RELIEF_IP)} starts, clamped to 0..G; the rest of his
 * games were in relief. Steven Okert (71.2 IP in 68 games) comes out a pure reliever, Blake Snell
 * (61.1 IP in 11) a pure starter.
 *
 * @param starts estimated 2025 starts (fractional)
 * @param reliefGames estimated 2025 relief appearances
 * @param inningsPerStart his 2025 innings per start (0 without starts)
 * @param reliefInnings his 2025 innings in relief
 */
public record PitcherUsage(Pitcher pitcher, double starts, double reliefGames, double inningsPerStart,
                           double reliefInnings) {
    static final double START_IP = 5.3;
    static final double RELIEF_IP = 1.05;

    static PitcherUsage of(Pitcher pitcher, int outs, int games) {
        double ip = outs / 3.0;
        double starts = games <= 0 ? 0 : Math.clamp((ip - RELIEF_IP * games) / (START_IP - RELIEF_IP), 0, games);
        double relief = Math.max(0, games - starts);
        // Innings split: relief appearances at the league length, unless he only relieved.
        double reliefIp = starts == 0 ? ip : Math.min(ip, RELIEF_IP * relief);
        double perStart = starts == 0 ? 0 : (ip - reliefIp) / starts;
        return new PitcherUsage(pitcher, starts, relief, perStart, reliefIp);
    }

    /** Innings per relief appearance in 2025 (1 inning when he never relieved). */
    public double inningsPerRelief() {
        return reliefGames <= 0 ? 1.0 : reliefInnings / reliefGames;
    }

    /** Innings a relief outing lasts before he is replaced between innings: 1 or more. */
    int reliefInningsAllowed() {
        return Math.max(1, (int) Math.round(inningsPerRelief()));
    }

    /** K% minus BB% in 2025: a reliever's quality for the closer and setup roles. */
    double quality() {
        return pitcher.strikeoutRate() - pitcher.walkRate();
    }
}
