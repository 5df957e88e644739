package ballflight.season;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ballflight.backend.Backend;
import ballflight.data.LeagueData;
import ballflight.engine.FlightSimulator;
import ballflight.fielding.HomeRunParks;
import ballflight.fielding.ParkAir;
import ballflight.game.BattingLine;
import ballflight.game.GameProfile;
import ballflight.kernel.SimulationMode;
import ballflight.model.Launch;
import ballflight.pitch.PaTuning;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class HomeRunQualityTest {
    private static final Supplier<FlightSimulator> SIM = () -> FlightSimulator.builder().backend(Backend.JAVA)
            .mode(SimulationMode.EXTREME).build();
    private static final int GAMES = 40;

    private static HomeRunQuality season(int threads, SeasonTotals[] totals) {
        try (HomeRunQualityRecorder parks = new HomeRunQualityRecorder(SIM, threads, LeagueData.mlb2025())) {
            totals[0] = new SeasonRunner(SIM, PaTuning.DEFAULT, threads)
                    .run(Schedule.mlb2025().subList(0, GAMES), 11, done -> { }, new GameProfile(), parks);
            return parks.result();
        }
    }

    @Test
    void classesAndSumsAddUpAndTheHomeRunsAreTheBoxScores() {
        SeasonTotals[] totals = new SeasonTotals[1];
        HomeRunQuality q = season(2, totals);
        HomeRunQuality.Line l = q.league();
        assertThat(l.balls()).isGreaterThan(GAMES * 40);
        assertThat(l.homeRuns()).isEqualTo(totals[0].batters().stream().mapToInt(b -> b.hr).sum());
        for (BattingLine b : totals[0].batters()) {
            int hr = q.hitters().stream().filter(h -> h.name().equals(b.name) && h.team().equals(b.team))
                    .mapToInt(HomeRunQuality.Line::homeRuns).sum();
            assertThat(hr).as(b.name).isEqualTo(b.hr);
        }
        for (List<HomeRunQuality.Line> side : List.of(q.hitters(), q.pitchers())) {
            assertThat(side.stream().mapToInt(HomeRunQuality.Line::balls).sum()).isEqualTo(l.balls());
            assertThat(side.stream().mapToInt(HomeRunQuality.Line::noDoubters).sum()).isEqualTo(l.noDoubters());
            assertThat(side.stream().mapToInt(HomeRunQuality.Line::doubters).sum()).isEqualTo(l.doubters());
            assertThat(side.stream().mapToDouble(HomeRunQuality.Line::xhr).sum()).isCloseTo(l.xhr(), within(1e-6));
        }
        // Every class is a count of balls gone somewhere; xHR lies between their floor and ceiling.
        int somewhere = l.noDoubters() + l.mostlyGone() + l.doubters();
        assertThat(l.xhr()).isBetween(l.noDoubters() + somewhere / 30.0 - 1e-9, (double) l.noDoubters() + l.mostlyGone()
                + l.doubters() * 7 / 30.0 + 1e-9);
        assertThat(l.noDoubters()).as("some balls leave every park").isPositive();
    }

    @Test
    void theSameForAnyThreadCount() {
        SeasonTotals[] ignored = new SeasonTotals[1];
        assertThat(season(1, ignored)).isEqualTo(season(2, ignored));
    }

    @Test
    void theOneFlightShortcutAgreesWithAllThirtyParks() {
        SplittableRandom rng = new SplittableRandom(5);
        try (FlightSimulator sim = SIM.get()) {
            HomeRunParks parks = new HomeRunParks(sim, LeagueData.mlb2025());
            int gone = 0;
            for (int i = 0; i < 1500; i++) {
                Launch b = new Launch(rng.nextDouble(40, 120), rng.nextDouble(-10, 70), rng.nextDouble(-45, 45),
                        rng.nextDouble(500, 3500), rng.nextDouble(-1000, 1000), 3.0);
                int all = parks.ask(b, ParkAir.AVERAGE).homeRuns();
                assertThat(parks.homeRunCount(b, ParkAir.AVERAGE)).as(b.toString()).isEqualTo(all);
                gone += all > 0 ? 1 : 0;
            }
            assertThat(gone).as("the sample has balls gone somewhere").isGreaterThan(50);
        }
    }
}
