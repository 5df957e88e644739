package ballflight.cli.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ballflight.model.InputException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;

class ChartImageTest {
    @TempDir
    Path dir;

    private static XYChart simple(String title) {
        XYChart c = ChartStyle.xy(title, "x", "y");
        c.addSeries("s", new double[] {0, 1, 2}, new double[] {0, 1, 4});
        return c;
    }

    @Test
    void pngAndSvgHaveTheRequestedSizeWhateverTheNumberOfPanels() throws Exception {
        for (int panels = 1; panels <= 3; panels++) {
            List<XYChart> charts = java.util.stream.IntStream.range(0, panels).mapToObj(i -> simple("panel " + i)).toList();
            Path png = dir.resolve("c" + panels + ".png");
            try (OutputStream out = Files.newOutputStream(png)) {
                ChartImage.write(charts, new ChartSize(640, 480), ImageFormat.PNG, out);
            }
            assertThat(Pictures.pngSize(png)).containsExactly(640, 480);
            Path svg = dir.resolve("c" + panels + ".svg");
            try (OutputStream out = Files.newOutputStream(svg)) {
                ChartImage.write(charts, new ChartSize(900, 1200), ImageFormat.SVG, out);
            }
            assertThat(Pictures.svgSize(svg)).containsExactly(900.0, 1200.0);
        }
    }

    @Test
    void theFormatComesFromTheExtensionAndTheSizeIsChecked() {
        assertThat(ImageFormat.of(Path.of("a/b.PNG"), "--plot")).isEqualTo(ImageFormat.PNG);
        assertThat(ImageFormat.of(Path.of("b.svg"), "--plot")).isEqualTo(ImageFormat.SVG);
        assertThatThrownBy(() -> ImageFormat.of(Path.of("b.pdf"), "--plot")).isInstanceOf(InputException.class)
                .hasMessage("--plot: 'b.pdf' must end in .png or .svg (the picture format)");
        assertThat(ChartSize.parse(" 1200x800 ", "--plot-size")).isEqualTo(new ChartSize(1200, 800));
        assertThatThrownBy(() -> ChartSize.parse("100x800", "--plot-size")).isInstanceOf(InputException.class)
                .hasMessage("--plot-size: plot_size = 100x800 is out of range: allowed 200 to 8000 pixels each way");
        assertThatThrownBy(() -> ChartSize.parse("wide", "--plot-size")).isInstanceOf(InputException.class)
                .hasMessageContaining("is not WIDTHxHEIGHT");
        assertThatThrownBy(() -> ChartImage.write(List.of(), ChartSize.DEFAULT, ImageFormat.PNG, OutputStream.nullOutputStream()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
