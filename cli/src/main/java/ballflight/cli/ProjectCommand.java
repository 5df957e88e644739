package ballflight.cli;

import ballflight.cli.chart.ProjectionChart;
import ballflight.engine.FlightSimulator;
import ballflight.model.InputException;
import ballflight.projection.ChangesFile;
import ballflight.projection.Projection;
import ballflight.projection.ProjectionResult;
import ballflight.projection.ResultCache;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ballflight project}: many 2025 seasons with their postseasons, summarised per team. The
 * output depends only on the seed, the number of seasons, the mode and the changes (never on
 * threads, backend, the cache or a resumed checkpoint); progress and timing go to stderr.
 */
@Command(name = "project", mixinStandardHelpOptions = true, sortOptions = false, versionProvider = ManifestVersion.class,
        description = "Play the 2025 season and postseason many times: per-team wins and playoff odds with standard errors.")
final class ProjectCommand implements Callable<Integer> {
    private static final List<String> FORMATS = List.of("text", "json", "csv");

    @Spec
    CommandSpec spec;

    @Mixin
    SimulationOptions simulation;

    @Mixin
    RunOptions run;

    @Mixin
    PlotOption plot;

    @Option(names = "--seasons", paramLabel = "N", required = true, description = "Seasons to play (1 or more).")
    int seasons;

    @Option(names = "--seed", paramLabel = "S", required = true, description = "Projection seed: season i plays with the"
            + " i-th split of it, so the first N seasons of a longer run are the same.")
    long seed;

    @Option(names = "--games", paramLabel = "N", description = "Play only the first N games of the schedule before the"
            + " postseason (1 to 2430; a quick look). Default: all.")
    Integer games;

    @Option(names = "--changes", paramLabel = "FILE", description = "What-ifs (CSV: change,subject,field,value; see README).")
    Path changes;

    @Option(names = "--compare", description = "Also play the unchanged league on the same seeds and print each team's change.")
    boolean compare;

    @Option(names = "--format", paramLabel = "text|json|csv", defaultValue = "text", description = "Output format. Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--checkpoint", paramLabel = "FILE", description = "Save progress to FILE (atomically) and resume from it.")
    Path checkpoint;

    @Option(names = "--checkpoint-every", paramLabel = "K", defaultValue = "10",
            description = "Seasons between checkpoint writes. Default: ${DEFAULT-VALUE}.")
    int checkpointEvery;

    @Option(names = "--no-cache", description = "Neither read nor write the result cache.")
    boolean noCache;

    @Override
    public Integer call() {
        String fmt = format.trim().toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(fmt)) {
            throw new InputException("format", "--format: format = '" + format + "' is not one of: text, json, csv");
        }
        if (run.output != null) {
            AtomicOutput.checkTarget(run.output, "--output");
        }
        if (checkpoint != null) {
            AtomicOutput.checkTarget(checkpoint, "--checkpoint");
        }
        plot.check();
        int workers = run.workers();
        FlightSimulator.Builder sim = simulation.builder();
        Projection.Builder projection = Projection.builder().seasons(seasons).seed(seed).threads(workers)
                .stepping(simulation.stepping()).backend(simulation.backend()).aero(simulation.aero())
                .changes(changes == null ? List.of() : ChangesFile.read(changes)).compare(compare)
                .cache(noCache ? null : ResultCache.userDefault());
        if (games != null) {
            projection.games(games);
        }
        if (checkpoint != null) {
            projection.checkpoint(checkpoint, checkpointEvery);
        }
        projection.validate();
        PrintWriter err = spec.commandLine().getErr();
        try (FlightSimulator probe = sim.build()) {
            err.println(probe.backendReason());
        }
        long t0 = System.nanoTime();
        ProjectionResult r;
        try (RateProgress progress = new RateProgress("project", " seasons", run.quiet, err)) {
            r = projection.progress(progress::accept).run();
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        err.printf(Locale.ROOT, "%d seasons: %d played in %.1f s (%.1f seasons/hour, %d threads, %s), %d from the cache or"
                + " checkpoint%n", r.seasons() * (r.baseline() == null ? 1 : 2), r.seasonsPlayed(), secs,
                r.seasonsPlayed() * 3600.0 / Math.max(secs, 1e-9), workers, simulation.describeMode(),
                r.seasons() * (r.baseline() == null ? 1 : 2) - r.seasonsPlayed());
        err.flush();
        String mode = simulation.describeMode();
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        switch (fmt) {
            case "json" -> {
                try {
                    out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                            .writeValueAsString(ProjectionReport.json(r, mode)));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("cannot serialise a projection", e);
                }
            }
            case "csv" -> ProjectionReport.csv(r, out);
            default -> ProjectionReport.text(r, mode, out);
        }
        out.flush();
        if (run.output != null) {
            AtomicOutput.write(run.output, "--output", w -> w.write(text.toString()));
        } else {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        }
        if (plot.wanted()) {
            plot.write(List.of(ProjectionChart.of(r)));
        }
        return ExitCodes.OK;
    }
}
