package ballflight.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ballflight.backend.Backend;
import ballflight.engine.FlightSimulator;
import ballflight.kernel.Stepping;
import ballflight.model.FlightRequest;
import ballflight.model.FlightResult;
import ballflight.model.Launch;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Spark embedded in local[2]: the same bits as the engine flying the same balls in one process. */
class FlySparkTest {
    private static final int ROWS = 10_000;
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = LocalSpark.session();
    }

    private static final StructType SCHEMA = DataTypes.createStructType(List.of(
            DataTypes.createStructField("id", DataTypes.IntegerType, false),
            DataTypes.createStructField("exit_velocity_mph", DataTypes.DoubleType, false),
            DataTypes.createStructField("launch_angle_deg", DataTypes.DoubleType, false),
            DataTypes.createStructField("spray_angle_deg", DataTypes.DoubleType, true),
            DataTypes.createStructField("backspin_rpm", DataTypes.IntegerType, true),
            DataTypes.createStructField("note", DataTypes.StringType, true)));

    /** Realistic batted balls (EV ~ N(89, 13), LA ~ N(12, 24), ...), a few nulls in the optional columns. */
    private static List<Row> balls() {
        SplittableRandom rng = new SplittableRandom(16);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            double ev = Math.max(30, Math.min(120, 89 + 13 * gauss(rng)));
            double la = Math.max(-80, Math.min(80, 12 + 24 * gauss(rng)));
            Double spray = i % 97 == 0 ? null : -45 + 90 * rng.nextDouble();
            Integer spin = i % 89 == 0 ? null : (int) Math.max(0, 2000 + 700 * gauss(rng));
            rows.add(RowFactory.create(i, ev, la, spray, spin, "row " + i));
        }
        return rows;
    }

    private static double gauss(SplittableRandom rng) {
        return Math.sqrt(-2 * Math.log(1 - rng.nextDouble())) * Math.cos(2 * Math.PI * rng.nextDouble());
    }

    @Test
    void everyRowGetsTheEnginesFlightBitForBitOnBothBackends() {
        List<Row> input = balls();
        List<FlightRequest> requests = input.stream().map(r -> FlightRequest.of(new Launch(r.getDouble(1), r.getDouble(2),
                r.isNullAt(3) ? 0.0 : r.getDouble(3), r.isNullAt(4) ? 0.0 : r.getInt(4), 0.0,
                Launch.DEFAULT_CONTACT_HEIGHT_FT))).toList();
        List<FlightResult> expected;
        try (FlightSimulator sim = FlightSimulator.builder().backend(Backend.JAVA)
                .toleranceFt(Stepping.DEFAULT_TOLERANCE_FT).build()) {
            expected = sim.flyAll(requests);
        }
        Dataset<Row> df = spark.createDataFrame(input, SCHEMA).repartition(3);
        List<Backend> backends = new ArrayList<>(List.of(Backend.JAVA));
        if (Boolean.getBoolean("ballflight.native.required") || nativeLoads()) {
            backends.add(Backend.NATIVE);
        }
        for (Backend b : backends) {
            Dataset<Row> flown = BallflightSpark.fly(df, new FlySettings(b, Stepping.DEFAULT_TOLERANCE_FT));
            assertThat(flown.columns()).containsExactly("id", "exit_velocity_mph", "launch_angle_deg", "spray_angle_deg",
                    "backspin_rpm", "note", "distance_ft", "hang_time_s", "apex_ft", "landing_x_ft", "landing_y_ft");
            List<Row> out = flown.orderBy("id").collectAsList();
            assertThat(out).hasSize(ROWS);
            for (int i = 0; i < ROWS; i++) {
                Row r = out.get(i);
                FlightResult f = expected.get(i);
                assertThat(r.getString(5)).isEqualTo("row " + i);
                assertThat(Double.doubleToRawLongBits(r.getDouble(6))).as(b + " row " + i)
                        .isEqualTo(Double.doubleToRawLongBits(f.distanceFt()));
                assertThat(Double.doubleToRawLongBits(r.getDouble(7))).isEqualTo(Double.doubleToRawLongBits(f.hangTimeS()));
                assertThat(Double.doubleToRawLongBits(r.getDouble(8))).isEqualTo(Double.doubleToRawLongBits(f.apexFt()));
                assertThat(Double.doubleToRawLongBits(r.getDouble(9))).isEqualTo(Double.doubleToRawLongBits(f.landingXFt()));
                assertThat(Double.doubleToRawLongBits(r.getDouble(10))).isEqualTo(Double.doubleToRawLongBits(f.landingYFt()));
            }
        }
    }

    private static boolean nativeLoads() {
        try (FlightSimulator ignored = FlightSimulator.builder().backend(Backend.NATIVE).build()) {
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Test
    void aMissingOrMistypedColumnFailsBeforeAnyJobNamingIt() {
        Dataset<Row> df = spark.createDataFrame(balls().subList(0, 10), SCHEMA);
        assertThatThrownBy(() -> BallflightSpark.fly(df.drop("launch_angle_deg")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing required column launch_angle_deg");
        assertThatThrownBy(() -> BallflightSpark.fly(df.withColumn("exit_velocity_mph", df.col("note"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("column exit_velocity_mph has type string; it must be numeric");
        assertThatThrownBy(() -> BallflightSpark.fly(df.withColumn("apex_ft", df.col("id"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("column apex_ft already exists");
    }

    @Test
    void aBallOutOfRangeFailsTheJobWithTheFieldAndItsRange() {
        List<Row> bad = List.of(RowFactory.create(1, 250.0, 20.0, 0.0, 2000, "too fast"));
        Dataset<Row> df = spark.createDataFrame(bad, SCHEMA);
        assertThatThrownBy(() -> BallflightSpark.fly(df, new FlySettings(Backend.JAVA, 0.01)).collectAsList())
                .hasStackTraceContaining("exit_velocity_mph");
    }

    @Test
    void aSavantExportFliesAsDownloadedSkippingPitchesNotPutInPlay() {
        StructType savant = DataTypes.createStructType(List.of(
                DataTypes.createStructField("pitch_type", DataTypes.StringType, true),
                DataTypes.createStructField("launch_speed", DataTypes.DoubleType, true),
                DataTypes.createStructField("launch_angle", DataTypes.IntegerType, true),
                DataTypes.createStructField("hc_x", DataTypes.DoubleType, true),
                DataTypes.createStructField("hc_y", DataTypes.DoubleType, true)));
        List<Row> rows = List.of(RowFactory.create("FF", 104.2, 28, 180.5, 60.3),
                RowFactory.create("SL", null, null, null, null),
                RowFactory.create("CH", 88.0, 5, 100.0, 160.0));
        List<Row> out = BallflightSpark.fly(spark.createDataFrame(rows, savant), new FlySettings(Backend.JAVA, 0.01))
                .orderBy("launch_speed").collectAsList();
        assertThat(out).hasSize(2);
        try (FlightSimulator sim = FlightSimulator.builder().backend(Backend.JAVA).toleranceFt(0.01).build()) {
            for (Row r : out) {
                double ev = r.getDouble(1);
                int la = r.getInt(2);
                FlightResult f = sim.fly(FlightRequest.of(new Launch(ev, la,
                        ballflight.model.StatcastBall.sprayAngleDeg(r.getDouble(3), r.getDouble(4)),
                        ballflight.model.StatcastBall.estimatedBackspinRpm(ev, la), 0.0, Launch.DEFAULT_CONTACT_HEIGHT_FT)));
                assertThat(r.getString(0)).isIn("FF", "CH");
                assertThat(Double.doubleToRawLongBits(r.getDouble(5))).isEqualTo(Double.doubleToRawLongBits(f.distanceFt()));
            }
        }
        // The pulled fly ball (hc_x right of home) lands on the right-field side.
        assertThat(out.get(1).getDouble(8)).isPositive();
    }
}
