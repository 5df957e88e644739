package ballflight.season;

/**
 * One game of the schedule.
 *
 * @param index 0-based position in the schedule (the seed is derived from it)
 * @param date yyyymmdd as scheduled
 * @param away visiting team
 * @param home home team (the game is played in its park)
 * @param awayGame the visitors' game count before this one (picks their starter)
 * @param homeGame the home team's game count before this one
 * @param dayGame scheduled as a day game (else night)
 */
public record ScheduledGame(int index, String date, String away, String home, int awayGame, int homeGame,
                            boolean dayGame) {
}
