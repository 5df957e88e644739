package ballflight.spark;

import ballflight.projection.Projection;
import ballflight.projection.SeasonOutcome;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;

/**
 * The seasons of one Spark partition: each index is one season of every league, played with the
 * same seed as the local runner plays it; each result is (index, league, wins, stages reached).
 */
final class SeasonTask implements FlatMapFunction<Iterator<Integer>, int[][]> {
    private static final long serialVersionUID = 1L;
    private final ProjectRequest request;
    private final int threads;

    SeasonTask(ProjectRequest request, int threads) {
        this.request = request;
        this.threads = threads;
    }

    @Override
    public Iterator<int[][]> call(Iterator<Integer> seasons) {
        Projection p = request.projection(threads);
        List<int[][]> out = new ArrayList<>();
        while (seasons.hasNext()) {
            int i = seasons.next();
            for (int league = 0; league < p.leagueCount(); league++) {
                SeasonOutcome o = p.playSeason(league, i);
                out.add(new int[][] {{i, league}, o.wins(), o.reached()});
            }
        }
        return out.iterator();
    }
}
