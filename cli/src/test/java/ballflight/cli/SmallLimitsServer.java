package ballflight.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** One {@link RunningServer} per test class with small limits (4 KiB bodies, 50 balls), so limits are cheap to hit. */
abstract class SmallLimitsServer {
    static final ObjectMapper JSON = new ObjectMapper();
    static RunningServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new RunningServer(new ServeLimits(4_096, 50, Duration.ofSeconds(10)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }
}
