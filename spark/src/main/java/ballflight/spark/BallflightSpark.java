package ballflight.spark;

import ballflight.projection.Projection;
import ballflight.projection.ProjectionJson;
import ballflight.projection.ProjectionResult;
import ballflight.projection.SeasonOutcome;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The engine on Apache Spark: a DataFrame of batted balls in, the same DataFrame with each ball's
 * flight out, every partition flown in kernel batches on its executor (the engine itself is
 * unchanged; Spark only distributes it).
 */
public final class BallflightSpark {
    private BallflightSpark() {
    }

    /** As {@link #fly(Dataset, FlySettings)} with the CLI's defaults ({@code auto}, tolerance 0.01 ft). */
    public static Dataset<Row> fly(Dataset<Row> balls) {
        return fly(balls, FlySettings.cliDefault());
    }

    /**
     * Adds {@code distance_ft, hang_time_s, apex_ft, landing_x_ft, landing_y_ft} to every row.
     * The columns are those of {@code fly --input}: {@code exit_velocity_mph}, {@code launch_angle_deg}
     * (required) and {@code spray_angle_deg}, {@code backspin_rpm}, {@code sidespin_rpm},
     * {@code contact_height_ft} (optional), any numeric type; standard air, no wind. A Baseball Savant
     * search export works as downloaded: {@code launch_speed}, {@code launch_angle}, spray from
     * {@code hc_x}/{@code hc_y} and the CLI's backspin estimate; its rows without launch data
     * (pitches not put in play) are left out.
     *
     * @throws IllegalArgumentException at once (before any job) for a missing or non-numeric column, naming it
     */
    public static Dataset<Row> fly(Dataset<Row> balls, FlySettings settings) {
        BallColumns columns = BallColumns.of(balls.schema());
        Dataset<Row> inPlay = balls;
        if (columns.savant()) {
            // A Savant export lists every pitch: the ones not put in play have no launch data.
            for (String c : columns.launchColumns(balls.schema())) {
                inPlay = inPlay.filter(inPlay.col(c).isNotNull());
            }
        }
        return inPlay.mapPartitions(new FlyPartition(columns, settings), Encoders.row(BallColumns.withResults(balls.schema())));
    }

    /**
     * {@code ballflight project --format json} on a cluster: one Spark task per season (season i
     * is the i-th split of the seed, as locally), the outcomes gathered in season order and
     * aggregated by the same code as the local runner, so the document is the CLI's, byte for byte
     * (its standard output, final newline included).
     *
     * @param threadsPerSeason threads each task spreads its season's games over
     */
    public static String project(SparkSession spark, ProjectRequest request, int threadsPerSeason) {
        Projection local = request.projection(threadsPerSeason);
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < request.seasons(); i++) {
            indices.add(i);
        }
        List<int[][]> played = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .parallelize(indices, request.seasons())
                .mapPartitions(new SeasonTask(request, threadsPerSeason)).collect();
        List<List<SeasonOutcome>> byLeague = new ArrayList<>();
        for (int league = 0; league < local.leagueCount(); league++) {
            SeasonOutcome[] seasons = new SeasonOutcome[request.seasons()];
            for (int[][] p : played) {
                if (p[0][1] == league) {
                    seasons[p[0][0]] = new SeasonOutcome(p[1], p[2]);
                }
            }
            byLeague.add(List.of(seasons));
        }
        ProjectionResult r = local.assemble(byLeague, request.seasons() * local.leagueCount());
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(ProjectionJson.of(r, request.mode())) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a projection", e);
        }
    }
}
