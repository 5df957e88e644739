package ballflight.projection;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A projection in its own JVM, for the kill-and-resume test: {@code seasons checkpoint output}.
 * Coin-flip plate appearances, one thread, a checkpoint after every season; the summary goes to
 * {@code output} when the run is complete.
 */
public final class ProjectionChild {
    private ProjectionChild() {
    }

    static Projection.Builder run(int seasons) {
        return TestLeagues.coinFlips().seasons(seasons).seed(77).threads(1);
    }

    public static void main(String[] args) throws Exception {
        ProjectionResult r = run(Integer.parseInt(args[0])).checkpoint(Path.of(args[1]), 1).run();
        Files.writeString(Path.of(args[2]), r.table().toString(), StandardCharsets.UTF_8);
    }
}
