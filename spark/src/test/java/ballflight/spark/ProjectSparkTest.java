package ballflight.spark;

import static org.assertj.core.api.Assertions.assertThat;

import ballflight.backend.Backend;
import ballflight.data.LeagueData;
import ballflight.kernel.Stepping;
import ballflight.projection.ChangesFile;
import ballflight.projection.Projection;
import ballflight.projection.ProjectionJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Seasons on Spark's executors (local[2]) against the local runner: the same JSON, byte for byte. */
class ProjectSparkTest {
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = LocalSpark.session();
    }

    /** What {@code ballflight project --format json} prints for the request (ProjectCommand's path). */
    private static String local(ProjectRequest r) throws Exception {
        Projection.Builder b = Projection.builder().seasons(r.seasons()).seed(r.seed()).threads(2).backend(r.backend())
                .stepping(Stepping.tolerance(r.toleranceFt())).cache(null).compare(r.compare());
        if (!r.changesCsv().isEmpty()) {
            LeagueData data = LeagueData.mlb2025();
            b.changes(ChangesFile.parse("changes", r.changesCsv(), data, data.parks().keySet()));
        }
        if (r.games() >= 0) {
            b.games(r.games());
        }
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(ProjectionJson.of(b.run(), Stepping.tolerance(r.toleranceFt()).describe()))
                + System.lineSeparator();
    }

    @Test
    void eightFullSeasonsGiveTheLocalRunnersDocument() throws Exception {
        ProjectRequest r = ProjectRequest.of(8, 2025);
        String cluster = BallflightSpark.project(spark, r, 1);
        assertThat(cluster).isEqualTo(local(r));
        assertThat(cluster).contains("\"seasons\" : 8", "\"team\" : \"NYY\"", "\"p_ws\"");
    }

    @Test
    void aWhatIfComparedOnTheSameSeedsToo() throws Exception {
        ProjectRequest r = new ProjectRequest(3, 7, 400, List.of("change,subject,field,value",
                "move,Aaron Judge,team,BOS"), true, Backend.JAVA, Stepping.DEFAULT_TOLERANCE_FT);
        String cluster = BallflightSpark.project(spark, r, 1);
        assertThat(cluster).isEqualTo(local(r)).contains("\"baseline\"", "\"wins_change\"");
    }
}
