package ballflight.game;

import ballflight.pa.PaStats;
import java.util.List;

/**
 * A finished game.
 *
 * @param away visiting team
 * @param home home team
 * @param venue park name
 * @param awayInnings runs per inning (visitors)
 * @param homeInnings runs per inning (home; one fewer when the bottom of the last inning was not played)
 * @param awayHits hits by the visitors
 * @param homeHits hits by the home team
 * @param awayErrors errors by the visitors' fielders
 * @param homeErrors errors by the home fielders
 * @param awayBatting visitors' batting lines in batting order
 * @param homeBatting home batting lines
 * @param awayPitching visitors' pitchers in order of appearance
 * @param homePitching home pitchers
 * @param plays play-by-play lines (empty unless asked for)
 * @param stats every plate appearance of the game, for league totals
 */
public record GameResult(String away, String home, String venue, List<Integer> awayInnings, List<Integer> homeInnings,
                         int awayHits, int homeHits, int awayErrors, int homeErrors,
                         List<BattingLine> awayBatting, List<BattingLine> homeBatting,
                         List<PitchingLine> awayPitching, List<PitchingLine> homePitching,
                         List<String> plays, PaStats stats) {

    public int awayRuns() {
        return awayInnings.stream().mapToInt(Integer::intValue).sum();
    }

    public int homeRuns() {
        return homeInnings.stream().mapToInt(Integer::intValue).sum();
    }

    public boolean homeWon() {
        return homeRuns() > awayRuns();
    }

    public String winner() {
        return homeWon() ? home : away;
    }

    public String loser() {
        return homeWon() ? away : home;
    }

    public int innings() {
        return awayInnings.size();
    }

    public int homeRunsHit() {
        int n = 0;
        for (BattingLine b : awayBatting) {
            n += b.hr;
        }
        for (BattingLine b : homeBatting) {
            n += b.hr;
        }
        return n;
    }
}
