package ballflight.cli;

import ballflight.model.InputException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code --threads}, {@code --format}, {@code --output} and {@code --quiet}: shared by the commands
 * that play seasons ({@code season}, {@code fidelity}), with their checks and the output step.
 */
final class SeasonOutputOptions {
    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all cores); results do not depend on it.")
    Integer threads;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "Output format. Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the result to FILE instead of stdout.")
    Path output;

    @Option(names = "--quiet", description = "No progress display.")
    boolean quiet;

    /** {@code text} or {@code json}; anything else is bad input. */
    String format() {
        String fmt = format.trim().toLowerCase(Locale.ROOT);
        if (!fmt.equals("text") && !fmt.equals("json")) {
            throw new InputException("format", "--format: format = '" + format + "' is not one of: text, json");
        }
        return fmt;
    }

    /** Worker threads, 1 to 256 (default: the cores). */
    int workers() {
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1 || workers > 256) {
            throw new InputException("threads", "--threads: threads = " + workers + " is out of range: allowed 1 to 256");
        }
        return workers;
    }

    /** Fails before any game is played when {@code --output} cannot be written. */
    void checkOutput() {
        if (output != null) {
            AtomicOutput.checkTarget(output, "--output");
        }
    }

    /** The finished result: to {@code --output} (atomically) or stdout. */
    void emit(CommandSpec spec, String text) {
        if (output != null) {
            AtomicOutput.write(output, "--output", w -> w.write(text));
        } else {
            PrintWriter out = spec.commandLine().getOut();
            out.print(text);
            out.flush();
        }
    }
}
