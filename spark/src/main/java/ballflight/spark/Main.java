package ballflight.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The cluster jar's entry point for {@code spark-submit}:
 * <pre>
 *   project --seasons N --seed S [--games N] [--changes FILE] [--compare] [--threads T]
 *   fly --input PATH --output PATH        (CSV with a header, or Parquet by the .parquet extension)
 * </pre>
 * {@code project} prints the CLI's JSON to stdout; {@code fly} writes Spark's usual output directory.
 * Without a master (no {@code --master}, no {@code spark.master}) it runs {@code local[*]}.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws IOException {
        SparkSession.Builder b = SparkSession.builder().appName("ballflight");
        if (System.getProperty("spark.master") == null) {
            b.master("local[*]");
        }
        SparkSession spark = b.getOrCreate();
        try {
            System.out.print(run(spark, args));
        } finally {
            spark.stop();
        }
    }

    /** Runs one command; returns what it prints. Bad arguments are an {@link IllegalArgumentException} naming them. */
    static String run(SparkSession spark, String[] args) throws IOException {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: project --seasons N --seed S ... | fly --input PATH --output PATH");
        }
        String command = args[0];
        int seasons = -1;
        long seed = 0;
        int games = -1;
        int threads = 1;
        boolean compare = false;
        Path changes = null;
        String input = null;
        String output = null;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--compare")) {
                compare = true;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(a + " needs a value");
            }
            String v = args[++i];
            switch (a) {
                case "--seasons" -> seasons = Integer.parseInt(v);
                case "--seed" -> seed = Long.parseLong(v);
                case "--games" -> games = Integer.parseInt(v);
                case "--threads" -> threads = Integer.parseInt(v);
                case "--changes" -> changes = Path.of(v);
                case "--input" -> input = v;
                case "--output" -> output = v;
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        switch (command) {
            case "project" -> {
                if (seasons < 1) {
                    throw new IllegalArgumentException("--seasons: seasons = " + seasons + " is out of range: allowed 1 or more");
                }
                List<String> lines = changes == null ? List.of() : Files.readAllLines(changes, StandardCharsets.UTF_8);
                ProjectRequest base = ProjectRequest.of(seasons, seed);
                return BallflightSpark.project(spark, new ProjectRequest(seasons, seed, games, lines, compare,
                        base.backend(), base.toleranceFt()), threads);
            }
            case "fly" -> {
                if (input == null || output == null) {
                    throw new IllegalArgumentException("fly needs --input PATH and --output PATH");
                }
                Dataset<Row> flown = BallflightSpark.fly(read(spark, input));
                if (parquet(output)) {
                    flown.write().parquet(output);
                } else {
                    flown.write().option("header", "true").csv(output);
                }
                return "";
            }
            default -> throw new IllegalArgumentException("unknown command " + command + ": project or fly");
        }
    }

    private static Dataset<Row> read(SparkSession spark, String path) {
        return parquet(path) ? spark.read().parquet(path)
                : spark.read().option("header", "true").option("inferSchema", "true").csv(path);
    }

    private static boolean parquet(String path) {
        return path.toLowerCase(Locale.ROOT).endsWith(".parquet");
    }
}
