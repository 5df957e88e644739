package ballflight.cli;

import java.io.PrintWriter;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress on stderr: a bar with the rate and ETA on a terminal, a plain line every few seconds
 * (and at the end) otherwise, nothing when quiet. Thread-safe: workers report as they finish.
 */
final class RateProgress implements AutoCloseable {
    private static final long PLAIN_PROGRESS_NS = 5_000_000_000L;

    private final String task;
    private final String unit;
    private final boolean quiet;
    private final PrintWriter err;
    private final long start = System.nanoTime();
    private ProgressBar bar;
    private long lastLine = start;

    /** @param unit e.g. {@code " games"} (with its leading space) */
    RateProgress(String task, String unit, boolean quiet, PrintWriter err) {
        this.task = task;
        this.unit = unit;
        this.quiet = quiet;
        this.err = err;
    }

    /** {@code done} of {@code total} finished. */
    synchronized void accept(int done, int total) {
        if (quiet) {
            return;
        }
        if (bar == null && System.console() != null && System.console().isTerminal()) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setUnit(unit, 1)
                    .setStyle(ProgressBarStyle.ASCII).showSpeed().build();
        }
        if (bar != null) {
            bar.stepTo(done);
            return;
        }
        long now = System.nanoTime();
        if (now - lastLine >= PLAIN_PROGRESS_NS || done == total) {
            lastLine = now;
            double rate = done / ((now - start) / 1e9);
            err.printf(Locale.ROOT, "%s: %d/%d%s, %s%s/s, ETA %.0f s%n", task, done, total, unit,
                    String.format(Locale.ROOT, rate >= 10 ? "%.1f" : "%.3f", rate), unit, (total - done) / Math.max(rate, 1e-9));
            err.flush();
        }
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
