package ballflight.spark;

import org.apache.spark.sql.SparkSession;

/** One embedded local[2] session for every test class of the module (Spark stops it at JVM exit). */
final class LocalSpark {
    private LocalSpark() {
    }

    static SparkSession session() {
        return SparkSession.builder().master("local[2]").appName("ballflight-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
    }
}
