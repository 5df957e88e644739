package ballflight.cli;

import ballflight.model.InputException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --threads}, {@code --output} and {@code --quiet}: shared by the commands that run many games. */
final class RunOptions {
    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all cores); results do not depend on it.")
    Integer threads;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the result to FILE instead of stdout.")
    Path output;

    @Option(names = "--quiet", description = "No progress display.")
    boolean quiet;

    /** The worker count, checked (1 to 256). */
    int workers() {
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1 || workers > 256) {
            throw new InputException("threads", "--threads: threads = " + workers + " is out of range: allowed 1 to 256");
        }
        return workers;
    }
}
