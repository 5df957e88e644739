package ballflight.season;

import ballflight.pa.PaRunner;
import java.util.List;
import java.util.random.RandomGenerator.SplittableGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * Plays the postseason after a regular season with the season's own game engine. Its random
 * numbers continue the season's stream: after the splits that seeded the schedule's games come
 * one split for the tie-break draws and one whose splits seed the postseason games, so a season
 * seed fixes the regular season and the postseason together.
 */
public final class PostseasonRunner {
    private PostseasonRunner() {
    }

    /**
     * @param scheduleLength how many games the regular-season schedule has (2,430): the postseason
     *                       stream starts after their seeds
     */
    public static PostseasonResult play(SeasonRunner runner, SeasonTotals totals, long seasonSeed, int scheduleLength,
                                        League league) {
        SplittableGenerator root = (SplittableGenerator) RandomGeneratorFactory.of(PaRunner.ALGORITHM).create(seasonSeed);
        for (int i = 0; i < scheduleLength; i++) {
            root.split();
        }
        SplittableGenerator draw = root.split();
        SplittableGenerator games = root.split();
        TieBreak ties = new TieBreak(totals.wins(), totals.headToHead(), league.divisions(), draw);
        List<LeagueSeeds> seeds = league.divisions().leagues().stream().map(l -> LeagueSeeds.of(l, league.divisions(), ties))
                .toList();
        return runner.withGame(game -> new Postseason(games, draw, (away, home, g, seed) -> {
            try {
                return game.play(league.team(away), league.team(home), g, g, league.park(home),
                        RandomGeneratorFactory.of(PaRunner.ALGORITHM).create(seed), false).homeWon();
            } catch (RuntimeException e) {
                throw new IllegalStateException("postseason game " + away + " at " + home + " (seed " + seed + ") failed: "
                        + e, e);
            }
        }).play(seeds, totals.wins()));
    }
}
