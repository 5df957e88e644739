package ballflight.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spark-submit entry point: a CSV in, Spark's CSV and Parquet out, bad arguments named. */
class MainTest {
    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        spark = LocalSpark.session();
    }

    @Test
    void flyReadsACsvAndWritesCsvOrParquetWithTheFlightColumns() throws Exception {
        Path in = Files.writeString(dir.resolve("balls.csv"),
                "exit_velocity_mph,launch_angle_deg,spray_angle_deg,backspin_rpm\n100,28,0,1800\n95,10,-20,1200\n");
        for (String out : List.of(dir.resolve("out").toString(), dir.resolve("out.parquet").toString())) {
            assertThat(Main.run(spark, new String[] {"fly", "--input", in.toString(), "--output", out})).isEmpty();
            List<Row> rows = (out.endsWith(".parquet") ? spark.read().parquet(out)
                    : spark.read().option("header", "true").option("inferSchema", "true").csv(out))
                    .orderBy("exit_velocity_mph").collectAsList();
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0).schema().fieldNames()).contains("distance_ft", "hang_time_s", "landing_y_ft");
            double distance = ((Number) rows.get(1).getAs("distance_ft")).doubleValue();
            assertThat(distance).isBetween(380.0, 430.0);
        }
    }

    @Test
    void badArgumentsAreNamed() {
        assertThatThrownBy(() -> Main.run(spark, new String[] {"project", "--seasons", "0"}))
                .hasMessageContaining("--seasons: seasons = 0 is out of range");
        assertThatThrownBy(() -> Main.run(spark, new String[] {"fly", "--input", "x.csv"}))
                .hasMessageContaining("fly needs --input PATH and --output PATH");
        assertThatThrownBy(() -> Main.run(spark, new String[] {"dance"})).hasMessageContaining("unknown command dance");
    }
}
