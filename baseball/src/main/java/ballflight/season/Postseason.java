package ballflight.season;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.random.RandomGenerator.SplittableGenerator;

/**
 * The 2025 bracket (since 2022): per league, Wild Card Series 3 v 6 and 4 v 5 (best of 3, all at
 * the higher seed); Division Series 1 v the 4/5 winner and 2 v the 3/6 winner (best of 5,
 * 2-2-1); League Championship Series (best of 7, 2-3-2) between the better remaining seed and the
 * other; the World Series (2-3-2) opens at the team with the better regular-season record (a
 * draw on equal records). Games are played one after another in that order; game {@code j} of the
 * postseason gets the first number of the {@code j}-th split of {@code games}.
 */
public final class Postseason {
    /** Plays one postseason game and says whether the home team won. */
    @FunctionalInterface
    public interface GamePlayer {
        /**
         * @param gameInSeries 0-based game of the series: both teams start their rotation over at
         *                     each series, so game 0 is each team's best starter
         */
        boolean homeWins(String away, String home, int gameInSeries, long seed);
    }

    private final SplittableGenerator games;
    private final RandomGenerator draw;
    private final GamePlayer player;

    /**
     * @param games splits give each game's seed, in order of play
     * @param draw decides a World Series between teams with equal records
     */
    public Postseason(SplittableGenerator games, RandomGenerator draw, GamePlayer player) {
        this.games = games;
        this.draw = draw;
        this.player = player;
    }

    /** @param wins regular-season wins (World Series home field) */
    public PostseasonResult play(List<LeagueSeeds> leagues, Map<String, Integer> wins) {
        List<SeriesResult> series = new ArrayList<>();
        List<List<String>> divisionRound = new ArrayList<>();
        for (LeagueSeeds l : leagues) {
            SeriesResult threeSix = series(SeriesFormat.WILD_CARD, l.league(), l.seed(3), l.seed(6));
            SeriesResult fourFive = series(SeriesFormat.WILD_CARD, l.league(), l.seed(4), l.seed(5));
            series.add(threeSix);
            series.add(fourFive);
            divisionRound.add(List.of(l.seed(1), fourFive.winner(), l.seed(2), threeSix.winner()));
        }
        List<String> pennants = new ArrayList<>();
        for (int i = 0; i < leagues.size(); i++) {
            LeagueSeeds l = leagues.get(i);
            List<String> d = divisionRound.get(i);
            SeriesResult one = series(SeriesFormat.DIVISION, l.league(), d.get(0), d.get(1));
            SeriesResult two = series(SeriesFormat.DIVISION, l.league(), d.get(2), d.get(3));
            series.add(one);
            series.add(two);
            String a = one.winner();
            String b = two.winner();
            boolean aHigher = l.seeds().indexOf(a) < l.seeds().indexOf(b);
            SeriesResult lcs = series(SeriesFormat.LEAGUE_CHAMPIONSHIP, l.league(), aHigher ? a : b, aHigher ? b : a);
            series.add(lcs);
            pennants.add(lcs.winner());
        }
        String first = pennants.get(0);
        String second = pennants.get(1);
        int cmp = Integer.compare(wins.getOrDefault(first, 0), wins.getOrDefault(second, 0));
        boolean firstHome = cmp > 0 || (cmp == 0 && draw.nextBoolean());
        series.add(series(SeriesFormat.WORLD_SERIES, "MLB", firstHome ? first : second, firstHome ? second : first));
        return new PostseasonResult(leagues, series);
    }

    private SeriesResult series(SeriesFormat format, String league, String higher, String lower) {
        int h = 0;
        int l = 0;
        for (int g = 0; h < format.winsNeeded() && l < format.winsNeeded(); g++) {
            boolean higherHome = format.higherSeedHome(g);
            String home = higherHome ? higher : lower;
            String away = higherHome ? lower : higher;
            boolean homeWon = player.homeWins(away, home, g, games.split().nextLong());
            if (homeWon == higherHome) {
                h++;
            } else {
                l++;
            }
        }
        return new SeriesResult(format, league, higher, lower, h, l);
    }
}
