package ballflight.cli;

import ballflight.cli.chart.ChartImage;
import ballflight.cli.chart.ChartSize;
import ballflight.cli.chart.ImageFormat;
import ballflight.model.InputException;
import java.nio.file.Path;
import java.util.List;
import org.knowm.xchart.internal.chartpart.Chart;
import picocli.CommandLine.Option;

/** {@code --plot FILE} and {@code --plot-size WxH}: a chart of the command's answer, PNG or SVG by the extension. */
final class PlotOption {
    static final String PLOT = "--plot";

    @Option(names = PLOT, paramLabel = "FILE", description = "Also draw the answer as a chart: FILE.png or FILE.svg.")
    Path plot;

    @Option(names = "--plot-size", paramLabel = "WxH", description = "Chart size in pixels (default 1000x700).")
    String size;

    boolean wanted() {
        return plot != null;
    }

    /** Fails before any work when the chart could not be written. */
    void check() {
        if (plot == null) {
            if (size != null) {
                throw new InputException("plot_size", "--plot-size needs " + PLOT + " FILE");
            }
            return;
        }
        ImageFormat.of(plot, PLOT);
        size();
        AtomicOutput.checkTarget(plot, PLOT);
    }

    private ChartSize size() {
        return size == null ? ChartSize.DEFAULT : ChartSize.parse(size, "--plot-size");
    }

    /** Draws the panels, stacked, into the file (all or nothing). */
    void write(List<? extends Chart<?, ?>> panels) {
        write(plot, PLOT, ImageFormat.of(plot, PLOT), size(), panels);
    }

    static void write(Path file, String option, ImageFormat format, ChartSize size, List<? extends Chart<?, ?>> panels) {
        AtomicOutput.writeBytes(file, option, out -> ChartImage.write(panels, size, format, out));
    }
}
