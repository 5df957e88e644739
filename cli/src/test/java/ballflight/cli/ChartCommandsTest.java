package ballflight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ballflight.backend.Backend;
import ballflight.cli.chart.PaChartRecorder;
import ballflight.cli.chart.Pictures;
import ballflight.cli.chart.SeasonCharts;
import ballflight.data.LeagueData;
import ballflight.engine.FlightSimulator;
import ballflight.export.StatcastPlateAppearances;
import ballflight.game.GameProfile;
import ballflight.game.Rosters;
import ballflight.pa.BothRecordings;
import ballflight.pa.Matchups;
import ballflight.pa.PaRunner;
import ballflight.pitch.PaTuning;
import ballflight.season.Schedule;
import ballflight.season.SeasonRunner;
import ballflight.season.SeasonTotals;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.CategoryChart;

/** --plot on fly, parks, pa and project, and season --charts: valid files of the asked size, and their errors. */
class ChartCommandsTest {
    private static final String[] JAVA = {"--backend", "java", "--mode", "extreme"};

    @TempDir
    Path dir;

    private static String[] args(String[] head, String... tail) {
        return java.util.stream.Stream.concat(java.util.Arrays.stream(head), java.util.Arrays.stream(tail))
                .toArray(String[]::new);
    }

    @Test
    void flyAndParksDrawTheirBallWithoutChangingWhatTheyPrint() throws Exception {
        String[] ball = {"fly", "--ev", "104", "--la", "29", "--backspin", "2000", "--fence-distance", "400",
            "--fence-height", "10"};
        CliRun plain = CliRun.of(args(ball, JAVA));
        Path svg = dir.resolve("fly.svg");
        CliRun drawn = CliRun.of(args(ball, args(JAVA, "--plot", svg.toString(), "--plot-size", "800x900")));
        assertThat(drawn.exitCode()).as(drawn.err()).isZero();
        assertThat(drawn.out()).isEqualTo(plain.out());
        assertThat(Pictures.svgSize(svg)).containsExactly(800.0, 900.0);

        Path png = dir.resolve("parks.png");
        CliRun parks = CliRun.of(args(new String[] {"parks", "--ev", "99", "--la", "28", "--backspin", "1800"},
                args(JAVA, "--plot", png.toString())));
        assertThat(parks.exitCode()).as(parks.err()).isZero();
        assertThat(Pictures.pngSize(png)).containsExactly(1000, 700);
    }

    @Test
    void paDrawsTheBattersSprayAndThePitchersMovementAlongsideThePitchFile() throws Exception {
        Path png = dir.resolve("pa.png");
        Path pitches = dir.resolve("pitches.csv");
        CliRun run = CliRun.of(args(new String[] {"pa", "--batter", "Cal Raleigh", "--pitcher", "Tarik Skubal", "--n", "300",
            "--seed", "3", "--plot", png.toString(), "--plot-size", "900x1400", "--pitches", pitches.toString()}, JAVA));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Pictures.pngSize(png)).containsExactly(900, 1400);
        assertThat(Files.readAllLines(pitches).size()).isGreaterThan(300);
    }

    @Test
    void theChartsPointsAreTheSameForAnyThreadCountAndWithAPitchFileBeside() throws Exception {
        LeagueData data = LeagueData.mlb2025();
        Matchups m = Matchups.of(data.hitter("Aaron Judge"), data.pitcher("Paul Skenes"), data.hitters(), data.pitchers());
        PaChartRecorder one = new PaChartRecorder(data.pitcher("Paul Skenes"));
        new PaRunner(() -> FlightSimulator.builder().backend(Backend.JAVA).build(), PaTuning.DEFAULT, 1)
                .run(m, data.leagueDefense(), data.neutralPark(), 1500, 11, one);
        PaChartRecorder two = new PaChartRecorder(data.pitcher("Paul Skenes"));
        try (StatcastPlateAppearances file = new StatcastPlateAppearances(dir.resolve("p.csv"), data.neutralPark(),
                Rosters.mlb2025())) {
            new PaRunner(() -> FlightSimulator.builder().backend(Backend.JAVA).build(), PaTuning.DEFAULT, 2)
                    .run(m, data.leagueDefense(), data.neutralPark(), 1500, 11, new BothRecordings<>(file, two));
            file.commit();
        }
        assertThat(one.balls()).isNotEmpty().isEqualTo(two.balls());
        assertThat(one.pitches()).hasSizeGreaterThan(1500 * 3).isEqualTo(two.pitches());
        assertThat(one.pitches().stream().map(p -> p.pitchType()).distinct().toList())
                .containsExactlyInAnyOrderElementsOf(data.pitcher("Paul Skenes").arsenal().stream().map(p -> p.type()).toList());
    }

    @Test
    void seasonChartsCountEveryGameAndLandInTheDirectory() throws Exception {
        SeasonTotals t = new SeasonRunner(() -> FlightSimulator.builder().backend(Backend.JAVA).build(), PaTuning.DEFAULT, 2)
                .run(Schedule.mlb2025().subList(0, 40), 5, done -> { }, new GameProfile());
        var charts = SeasonCharts.of(t, "test");
        assertThat(charts.keySet()).containsExactly("standings", "runs", "hr-by-park");
        CategoryChart standings = charts.get("standings");
        assertThat(standings.getSeriesMap().get("wins").getYData().stream().mapToInt(Number::intValue).sum()).isEqualTo(40);
        double share = charts.get("runs").getSeriesMap().get("team-games").getYData().stream()
                .mapToDouble(Number::doubleValue).sum();
        assertThat(share).isCloseTo(100.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(charts.get("hr-by-park").getSeriesMap().get("HR per game").getXData()).hasSize(t.parks().size());

        Path out = dir.resolve("charts");
        CliRun run = CliRun.of(args(new String[] {"season", "--seed", "1", "--games", "15", "--quiet", "--charts",
            out.toString(), "--charts-format", "svg"}, JAVA));
        assertThat(run.exitCode()).as(run.err()).isZero();
        for (String stem : List.of("standings", "runs", "hr-by-park")) {
            assertThat(Pictures.svgSize(out.resolve(stem + ".svg"))).containsExactly(1000.0, 700.0);
        }
    }

    @Test
    void projectDrawsTheWinDistribution() throws Exception {
        Path png = dir.resolve("project.png");
        CliRun run = CliRun.of(args(new String[] {"project", "--seasons", "2", "--seed", "4", "--games", "60", "--no-cache",
            "--quiet", "--plot", png.toString(), "--plot-size", "1200x600"}, JAVA));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Pictures.pngSize(png)).containsExactly(1200, 600);
    }

    @Test
    void badChartRequestsFailBeforeAnyWorkWithTheOptionNamed() {
        CliRun pdf = CliRun.of("fly", "--ev", "100", "--la", "25", "--plot", dir.resolve("x.pdf").toString());
        assertThat(pdf.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(pdf.err()).contains("--plot: ").contains("must end in .png or .svg");
        CliRun size = CliRun.of("parks", "--ev", "100", "--la", "25", "--plot", dir.resolve("x.png").toString(),
                "--plot-size", "50x50");
        assertThat(size.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(size.err()).contains("--plot-size: plot_size = 50x50 is out of range: allowed 200 to 8000");
        CliRun nobody = CliRun.of("pa", "--n", "10", "--seed", "1", "--plot", dir.resolve("x.png").toString());
        assertThat(nobody.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(nobody.err()).contains("--batter").contains("--pitcher");
        CliRun format = CliRun.of("season", "--seed", "1", "--games", "1", "--charts", dir.toString(), "--charts-format", "gif");
        assertThat(format.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(format.err()).contains("--charts-format: charts_format = 'gif' is not one of: png, svg");
        assertThat(dir.resolve("x.png")).doesNotExist();
    }
}
