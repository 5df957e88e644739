package ballflight.cli;

import ballflight.cli.chart.ChartSize;
import ballflight.cli.chart.ImageFormat;
import ballflight.cli.chart.SeasonCharts;
import ballflight.model.InputException;
import ballflight.season.SeasonTotals;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** {@code season --charts DIR}: where the season's charts go and in which format, checked before any game. */
final class SeasonChartFiles {
    private static final String OPTION = "--charts";
    private final Path dir;
    private final String extension;

    private SeasonChartFiles(Path dir, String extension) {
        this.dir = dir;
        this.extension = extension;
    }

    static SeasonChartFiles check(Path dir, String format) {
        String ext = format.trim().toLowerCase(Locale.ROOT);
        if (!ext.equals("png") && !ext.equals("svg")) {
            throw new InputException("charts_format", "--charts-format: charts_format = '" + format
                    + "' is not one of: png, svg");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new InputException("charts", OPTION + ": cannot create the directory '" + dir + "': " + e.getMessage());
        }
        if (!Files.isWritable(dir)) {
            throw new InputException("charts", OPTION + ": the directory '" + dir + "' is not writable");
        }
        return new SeasonChartFiles(dir, ext);
    }

    void write(SeasonTotals totals, String subtitle) {
        SeasonCharts.of(totals, subtitle).forEach((stem, chart) -> {
            Path file = dir.resolve(stem + "." + extension);
            PlotOption.write(file, OPTION, ImageFormat.of(file, OPTION), ChartSize.DEFAULT, List.of(chart));
        });
    }
}
