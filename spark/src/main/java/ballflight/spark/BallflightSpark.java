package ballflight.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

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
     * {@code contact_height_ft} (optional), any numeric type; standard air, no wind.
     *
     * @throws IllegalArgumentException at once (before any job) for a missing or non-numeric column, naming it
     */
    public static Dataset<Row> fly(Dataset<Row> balls, FlySettings settings) {
        BallColumns columns = BallColumns.of(balls.schema());
        return balls.mapPartitions(new FlyPartition(columns, settings),
                Encoders.row(BallColumns.withResults(balls.schema())));
    }
}
