package ballflight.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The optional tables section: written and read back; files without it still read. */
class TableVerdictJsonTest {

    private static Verdict read(String json) throws Exception {
        return VerdictJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void tablesRoundTrip() throws Exception {
        TableVerdict t = new TableVerdict("crisis", "native", 700.0, 500.0, 1.4, 0.05, 0.006, 0.04, 0.02, true,
                "table pays");
        Verdict v = VerdictFixtures.crossoverAt256().withTables(List.of(t));
        String json = VerdictJson.write(v);
        assertThat(json).contains("\"tables\"", "\"max_coefficient_error_percent\"", "\"pays\" : true");
        assertThat(read(json)).isEqualTo(v);
    }

    @Test
    void aVerdictWrittenBeforeTablesStillReads() throws Exception {
        Verdict v = VerdictFixtures.crossoverAt256();
        String old = VerdictJson.write(v).replaceAll(",\\s*\"tables\"\\s*:\\s*\\[\\s*\\]", "");
        assertThat(old).doesNotContain("tables");
        Verdict back = read(old);
        assertThat(back.tables()).isEmpty();
        assertThat(back).isEqualTo(v);
    }
}
