package ballflight.cli.chart;

import ballflight.season.SeasonTotals;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.CategoryChart;

/**
 * {@code season --charts DIR}: the standings, how many runs a team scored in a game, and home runs
 * per game in each park.
 */
public final class SeasonCharts {
    /** File stem → chart, in the order they are written. */
    public static Map<String, CategoryChart> of(SeasonTotals t, String subtitle) {
        Map<String, CategoryChart> charts = new java.util.LinkedHashMap<>();
        charts.put("standings", standings(t, subtitle));
        charts.put("runs", runs(t, subtitle));
        charts.put("hr-by-park", homeRunsByPark(t, subtitle));
        return charts;
    }

    private SeasonCharts() {
    }

    static CategoryChart standings(SeasonTotals t, String subtitle) {
        List<SeasonTotals.Standing> rows = new ArrayList<>(t.standings());
        rows.sort(Comparator.comparingInt(SeasonTotals.Standing::wins).reversed().thenComparing(SeasonTotals.Standing::team));
        CategoryChart c = ChartStyle.category("Wins by team, " + subtitle, "team", "wins");
        c.addSeries("wins", rows.stream().map(SeasonTotals.Standing::team).toList(),
                rows.stream().map(s -> (Number) s.wins()).toList());
        c.getStyler().setLegendVisible(false);
        return c;
    }

    static CategoryChart runs(SeasonTotals t, String subtitle) {
        long[] counts = t.teamGamesByRuns();
        long total = java.util.Arrays.stream(counts).sum();
        List<String> labels = new ArrayList<>();
        List<Number> share = new ArrayList<>();
        for (int r = 0; r < counts.length; r++) {
            labels.add(r == SeasonTotals.RUNS_SHOWN ? r + "+" : Integer.toString(r));
            share.add(total == 0 ? 0.0 : 100.0 * counts[r] / total);
        }
        CategoryChart c = ChartStyle.category("Runs a team scored in a game, " + subtitle, "runs", "% of team-games");
        c.addSeries("team-games", labels, share);
        c.getStyler().setXAxisLabelRotation(0);
        c.getStyler().setLegendVisible(false);
        return c;
    }

    static CategoryChart homeRunsByPark(SeasonTotals t, String subtitle) {
        List<SeasonTotals.ParkLine> parks = new ArrayList<>(t.parks());
        parks.sort(Comparator.comparingDouble(SeasonTotals.ParkLine::homeRunsPerGame).reversed()
                .thenComparing(SeasonTotals.ParkLine::team));
        CategoryChart c = ChartStyle.category("Home runs per game by park (both teams), " + subtitle, "park (home team)",
                "HR per game");
        c.addSeries("HR per game", parks.stream().map(SeasonTotals.ParkLine::team).toList(),
                parks.stream().map(p -> (Number) p.homeRunsPerGame()).toList());
        c.getStyler().setLegendVisible(false);
        return c;
    }
}
