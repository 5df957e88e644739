package ballflight.cli;

import ballflight.bench.Machine;
import ballflight.bench.Report;
import ballflight.bench.StepCounts;
import ballflight.bench.Suite;
import ballflight.verdict.ModeVerdict;
import ballflight.verdict.Verdict;
import ballflight.verdict.VerdictJson;
import ballflight.verdict.VerdictSource;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ballflight bench}: measures every backend on this machine with the JMH suite (one
 * forked JVM per configuration) and writes the verdict {@code auto} follows from then on.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = {"Measure the backends on this machine (JMH) and write the verdict that auto follows",
            "to the user cache (Linux: $XDG_CACHE_HOME/ballflight/verdict.json or ~/.cache/ballflight/verdict.json).",
            "Full: about 12 minutes on 2 cores; --quick: under 3 minutes."})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--quick", description = "Reduced measurement: single flight and batches up to 4096 flights.")
    boolean quick;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the verdict here instead of the user cache.")
    Path output;

    @Option(names = "--results", paramLabel = "FILE", description = "Also keep JMH's raw JSON results here.")
    Path results;

    @Option(names = "--markdown", paramLabel = "FILE", description = "Also write the report (like docs/BENCHMARKS.md).")
    Path markdown;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path target = output != null ? output : VerdictSource.userCacheFile();
        Path raw = results != null ? results : Files.createTempFile("ballflight-jmh", ".json");
        err.println("measuring " + (quick ? "(quick, under 3 minutes)" : "(full, about 12 minutes)")
                + "; each line is one JMH run with a JVM per configuration");
        err.flush();
        String loadBefore = Machine.loadAverage();
        try (PrintStream progress = new PrintStream(new WriterOutputStream(err), true, StandardCharsets.UTF_8)) {
            Suite.measure(quick, raw, progress, false);
        }
        String load = loadBefore + " before, " + Machine.loadAverage() + " after";
        Report report = new Report(Report.read(raw), new Report.Provenance(
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), Machine.describe(),
                "ballflight " + ManifestVersion.version(), "`ballflight bench" + (quick ? " --quick`" : "`")
                        + ": JMH 1.37, 1 fork per configuration; 1-minute load average " + load), new StepCounts());
        Verdict verdict = report.verdict();
        VerdictJson.write(verdict, target);
        if (markdown != null) {
            Files.writeString(markdown, report.markdown());
        }
        if (results == null) {
            Files.deleteIfExists(raw);
        }
        out.println("verdict written to " + target);
        for (ModeVerdict m : verdict.modes()) {
            out.printf(Locale.ROOT, "  %-9s auto runs %s%n", m.mode().toLowerCase(Locale.ROOT) + ":", m.decision());
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** Lets the suite's progress lines go to picocli's stderr writer. */
    private static final class WriterOutputStream extends java.io.OutputStream {
        private final PrintWriter writer;

        WriterOutputStream(PrintWriter writer) {
            this.writer = writer;
        }

        @Override
        public void write(int b) {
            writer.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            writer.write(new String(b, off, len, StandardCharsets.UTF_8));
        }

        @Override
        public void flush() {
            writer.flush();
        }

        @Override
        public void close() {
            writer.flush();
        }
    }
}
