package ballflight.season;

import java.util.ArrayList;
import java.util.List;

/**
 * A played postseason: the seeds of both leagues and every series in the order played (Wild Card
 * Series, Division Series, League Championship Series, World Series).
 *
 * @param leagues seeds per league, alphabetical
 * @param series every series, in order
 */
public record PostseasonResult(List<LeagueSeeds> leagues, List<SeriesResult> series) {
    public PostseasonResult {
        leagues = List.copyOf(leagues);
        series = List.copyOf(series);
    }

    public String champion() {
        return series.getLast().winner();
    }

    /** The two league champions (the World Series teams). */
    public List<String> pennants() {
        return series.stream().filter(s -> s.format() == SeriesFormat.LEAGUE_CHAMPIONSHIP).map(SeriesResult::winner).toList();
    }

    public List<String> divisionWinners() {
        return collect(LeagueSeeds::divisionWinners);
    }

    public List<String> byes() {
        return collect(LeagueSeeds::byes);
    }

    /** All twelve postseason teams. */
    public List<String> teams() {
        return collect(LeagueSeeds::seeds);
    }

    private List<String> collect(java.util.function.Function<LeagueSeeds, List<String>> part) {
        List<String> out = new ArrayList<>();
        leagues.forEach(l -> out.addAll(part.apply(l)));
        return out;
    }
}
