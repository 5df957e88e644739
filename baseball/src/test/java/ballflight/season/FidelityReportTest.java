package ballflight.season;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ballflight.backend.Backend;
import ballflight.engine.FlightSimulator;
import ballflight.game.BattingLine;
import ballflight.game.GameProfile;
import ballflight.kernel.SimulationMode;
import ballflight.pitch.PaTuning;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FidelityReportTest {

    @Test
    void agreementOfAPerfectLineAndOfItsMirror() {
        Agreement up = Agreement.of(new double[] {1, 2, 3, 4}, new double[] {3, 5, 7, 9});
        assertThat(up.n()).isEqualTo(4);
        assertThat(up.r()).isCloseTo(1.0, within(1e-12));
        assertThat(up.slope()).isCloseTo(2.0, within(1e-12));
        assertThat(up.rms()).isCloseTo(Math.sqrt((4 + 9 + 16 + 25) / 4.0), within(1e-12));
        Agreement down = Agreement.of(new double[] {1, 2, 3, 4}, new double[] {4, 3, 2, 1});
        assertThat(down.r()).isCloseTo(-1.0, within(1e-12));
        assertThat(down.slope()).isCloseTo(-1.0, within(1e-12));
    }

    @Test
    void agreementOfNoisyDataMatchesTheTextbook() {
        // r = 0.8 and slope 0.8 by hand: Sxx = 10, Syy = 10, Sxy = 8.
        Agreement a = Agreement.of(new double[] {1, 2, 3, 4, 5}, new double[] {1, 3, 2, 5, 4});
        assertThat(a.r()).isCloseTo(0.8, within(1e-12));
        assertThat(a.slope()).isCloseTo(0.8, within(1e-12));
        assertThat(a.rms()).isCloseTo(Math.sqrt(4 / 5.0), within(1e-12));
    }

    @Test
    void undefinedFiguresAreNaNNotACrash() {
        Agreement flat = Agreement.of(new double[] {1, 2, 3}, new double[] {5, 5, 5});
        assertThat(flat.r()).isNaN();
        assertThat(flat.slope()).isZero();
        assertThat(Agreement.of(new double[] {2}, new double[] {3}).r()).isNaN();
        assertThat(Agreement.of(new double[0], new double[0]).rms()).isNaN();
        assertThat(Agreement.sd(new double[] {1, 2, 3, 4})).isCloseTo(Math.sqrt(1.25), within(1e-12));
    }

    @Test
    void targetsJudgeEveryBoundThatIsSet() {
        FidelityTarget t = FidelityTarget.rAndSlope(0.85, 0.85, 1.15);
        assertThat(t.describe()).isEqualTo("r >= 0.85, slope 0.85-1.15");
        assertThat(t.heldBy(row(0.9, 1.0, Double.NaN))).isTrue();
        assertThat(t.heldBy(row(0.9, 0.5, Double.NaN))).isFalse();
        assertThat(t.heldBy(row(Double.NaN, 1.0, Double.NaN))).as("an undefined r does not hold").isFalse();
        assertThat(FidelityTarget.value(0, 0).describe()).isEqualTo("= 0");
        assertThat(FidelityTarget.value(0, 0).heldBy(row(Double.NaN, Double.NaN, 1))).isFalse();
        assertThat(FidelityTarget.value(Double.NEGATIVE_INFINITY, 55).describe()).isEqualTo("<= 55");
        assertThat(row(0.5, 1, Double.NaN).holds()).isNull();
    }

    private static FidelityRow row(double r, double slope, double value) {
        return new FidelityRow("x", "x", 1, r, slope, 0, value, Double.NaN, "", List.of(), FidelityTarget.NONE, Double.NaN,
                Double.NaN, ExpectedStat.NONE);
    }

    @Test
    void the2025CheckDataIsTheRealSeason() {
        Actual2025 a = Actual2025.mlb2025();
        assertThat(a.teams()).hasSize(30);
        assertThat(a.teams().stream().mapToInt(Actual2025.Team::wins).sum()).isEqualTo(2430);
        assertThat(a.teams()).filteredOn(t -> t.team().equals("COL")).singleElement()
                .extracting(Actual2025.Team::wins).isEqualTo(43);
        Actual2025.Pitcher okert = a.pitchers().stream().filter(p -> p.name().equals("Steven Okert")).findFirst().orElseThrow();
        assertThat(okert.games()).isEqualTo(68);
        assertThat(okert.outs()).isEqualTo(215);
        assertThat(a.hitters().stream().mapToInt(Actual2025.Hitter::hr).max().orElseThrow()).isEqualTo(60);
        // Savant's expected stats, joined by name; two players named Max Muncy get none rather than a guess.
        Actual2025.Hitter judge = a.hitters().stream().filter(h -> h.name().equals("Aaron Judge")).findFirst().orElseThrow();
        assertThat(judge.xba()).isEqualTo(0.303);
        assertThat(judge.avg()).isEqualTo(0.331);
        assertThat(a.hitters()).filteredOn(h -> h.name().equals("Max Muncy")).hasSize(2)
                .allSatisfy(h -> assertThat(h.xba()).isNaN());
        assertThat(a.hitters()).filteredOn(h -> !Double.isNaN(h.xba())).hasSizeGreaterThan(450);
        assertThat(a.pitchers()).filteredOn(p -> !Double.isNaN(p.xera())).hasSizeGreaterThan(450);
    }

    @Test
    void aShortRunFillsEveryRowFromTheSeasons() {
        List<Long> seeds = List.of(3L, 4L);
        int games = 60;
        List<SeasonTotals> seasons = seeds.stream().map(s -> new SeasonRunner(() -> FlightSimulator.builder()
                .backend(Backend.JAVA).mode(SimulationMode.EXTREME).build(), PaTuning.DEFAULT, 2)
                .run(Schedule.mlb2025().subList(0, games), s, done -> { }, new GameProfile())).toList();
        Actual2025 actual = Actual2025.mlb2025();
        FidelityReport report = FidelityReport.of(seasons, seeds, games, actual);
        assertThat(report.rows()).extracting(FidelityRow::key).containsExactly("team_wins", "team_wins_sd",
                "rockies_wins", "hitter_k_pct", "hitter_bb_pct", "hitter_hr_pct", "hitter_iso", "hitter_avg",
                "pitcher_k_pct", "pitcher_bb_pct", "pitcher_era", "pitcher_ip", "pitcher_ip_overruns", "hitter_pa",
                "hr_leader");
        assertThat(report.rows()).allSatisfy(r -> assertThat(r.perSeason()).hasSize(2));
        assertThat(report.row("team_wins").n()).isEqualTo(30);
        assertThat(report.row("pitcher_ip").n()).isEqualTo(actual.pitchers().size());
        assertThat(report.row("hitter_pa").n()).isEqualTo(actual.hitters().size());
        // 60 games: 400 PA prorated to 9.9, so the regulars qualify.
        assertThat(report.row("hitter_k_pct").n()).isBetween(100.0, 300.0);
        assertThat(report.row("hitter_bb_pct").r()).isBetween(-1.0, 1.0);
        // Luck: binomial for shares, the seasons' own scatter for ISO and ERA, none for walk rates (an input).
        assertThat(List.of("team_wins", "hitter_k_pct", "hitter_hr_pct", "hitter_iso", "hitter_avg", "pitcher_k_pct",
                "pitcher_era")).allSatisfy(k -> assertThat(report.row(k).luckBound()).as(k).isBetween(0.0, 1.0));
        assertThat(report.row("hitter_bb_pct").luckBound()).isNaN();
        assertThat(report.row("pitcher_bb_pct").luckBound()).isNaN();
        // Standard errors over two seasons: half the gap between them, for a mean of seasons and, by the
        // jackknife, for the r of mean wins (leaving one of two seasons out leaves the other's r).
        for (String k : List.of("team_wins", "rockies_wins", "hitter_k_pct", "pitcher_era", "hr_leader")) {
            List<Double> v = report.row(k).perSeason();
            assertThat(report.row(k).se()).as(k).isCloseTo(Math.abs(v.get(0) - v.get(1)) / 2, within(1e-12));
        }
        double leader = seasons.stream().mapToInt(t -> t.batters().stream().mapToInt(b -> b.hr).max().orElseThrow())
                .average().orElseThrow();
        assertThat(report.row("hr_leader").value()).isEqualTo(leader);
        assertThat(report.standings()).hasSize(30);
        assertThat(report.homeRunLeaders()).hasSize(FidelityReport.LEADERS).isSortedAccordingTo(
                (x, y) -> Double.compare(y.count(), x.count()));
        BattingLine top = seasons.getFirst().batters().stream().filter(b -> b.name.equals(report.homeRunLeaders()
                .getFirst().name())).findFirst().orElseThrow();
        assertThat(top.hr).isPositive();
        assertThat(report.overruns()).isSortedAccordingTo((x, y) -> Double.compare(
                y.playingTime() - 1.25 * y.playingTime2025() * games / 2430,
                x.playingTime() - 1.25 * x.playingTime2025() * games / 2430));

        // Statcast's expected stats: only ISO, AVG and ERA have one.
        assertThat(report.rows()).filteredOn(r -> r.expected().isSet()).extracting(FidelityRow::key)
                .containsExactly("hitter_iso", "hitter_avg", "pitcher_era");
        assertThat(report.row("hitter_avg").expected().r2025()).isBetween(0.5, 1.0);
        assertThat(report.row("pitcher_era").expected().perSeason()).hasSize(2);
        // The first season's sim-x worked out by hand: qualifying hitters with an xBA, their xBA against their AVG.
        List<double[]> firstSeason = actual.hitters().stream().filter(h -> !Double.isNaN(h.xba())).flatMap(h ->
                seasons.getFirst().batters().stream().filter(b -> b.team.equals(h.team()) && b.name.equals(h.name())
                        && b.pa >= 400.0 * games / 2430).map(b -> new double[] {h.xba(), b.avg()})).toList();
        assertThat(report.row("hitter_avg").expected().perSeason().getFirst()).isCloseTo(Agreement.of(
                firstSeason.stream().mapToDouble(p -> p[0]).toArray(), firstSeason.stream().mapToDouble(p -> p[1]).toArray())
                .r(), within(1e-12));
        // Expected stats that equal the 2025 values: x-2025 is 1 and sim-x is the row's own r, season by season.
        Actual2025 exact = new Actual2025(actual.teams(), actual.hitters().stream().map(h -> new Actual2025.Hitter(
                h.name(), h.team(), h.pa(), h.k(), h.bb(), h.hr(), h.avg(), h.slg(), h.avg(), h.slg())).toList(),
                actual.pitchers().stream().map(p -> new Actual2025.Pitcher(p.name(), p.team(), p.outs(),
                        p.battersFaced(), p.k(), p.bb(), p.era(), p.games(), p.era())).toList());
        FidelityReport mirrored = FidelityReport.of(seasons, seeds, games, exact);
        for (String key : List.of("hitter_iso", "hitter_avg", "pitcher_era")) {
            FidelityRow row = mirrored.row(key);
            assertThat(row.expected().r2025()).as(key).isCloseTo(1.0, within(1e-12));
            assertThat(row.expected().rSimulated()).as(key).isCloseTo(row.r(), within(1e-12));
            assertThat(row.expected().perSeason()).as(key).isEqualTo(row.perSeason());
        }

        StringWriter text = new StringWriter();
        FidelityText.write(report, "mode extreme", new PrintWriter(text, true));
        assertThat(text.toString()).contains("team wins", "Rockies", "Standings", "COL", "Home run leaders",
                "Strikeout leaders", "Largest workloads", "seeds 3, 4", "Statcast's expected stats", "xERA", "se: the standard error",
                "Talent spread", "at 2025's")
                .doesNotContain("NaN");
        Map<String, Object> json = FidelityJson.of(report, "extreme");
        assertThat(json).containsKeys("seeds", "rows", "standings", "hr_leaders", "k_leaders", "workload_overruns");
        assertThat(json.get("seeds")).isEqualTo(seeds);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> withSe = (List<Map<String, Object>>) json.get("rows");
        assertThat(withSe).allSatisfy(r -> assertThat(r).containsKey("se"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> jsonRows = (List<Map<String, Object>>) json.get("rows");
        assertThat(jsonRows).filteredOn(r -> r.containsKey("expected")).extracting(r -> r.get("key"))
                .containsExactly("hitter_iso", "hitter_avg", "pitcher_era");
        @SuppressWarnings("unchecked")
        Map<String, Object> xba = (Map<String, Object>) jsonRows.stream().filter(r -> r.get("key").equals("hitter_avg"))
                .findFirst().orElseThrow().get("expected");
        assertThat(xba).containsEntry("stat", "xBA").containsKeys("r_2025", "r_simulated", "per_season");
        // Talent spread: the rows with a luck bound (and a positive r), never the walk rates (inputs).
        assertThat(jsonRows).filteredOn(r -> r.containsKey("talent_spread")).extracting(r -> r.get("key"))
                .doesNotContain("hitter_bb_pct", "pitcher_bb_pct", "pitcher_ip", "hr_leader")
                .allSatisfy(k -> assertThat(TalentSpread.of(report.row((String) k)).isSet()).isTrue());
        // Each target's gap to the best r at 2025's spread: given where the row has a target r.
        assertThat(jsonRows).filteredOn(r -> r.containsKey("talent_spread")).allSatisfy(r -> {
            FidelityRow row = report.row((String) r.get("key"));
            @SuppressWarnings("unchecked")
            Map<String, Object> spread = (Map<String, Object>) r.get("talent_spread");
            if (Double.isNaN(row.target().minR())) {
                assertThat(spread).doesNotContainKey("target_gap");
            } else {
                assertThat((Double) spread.get("target_gap")).isCloseTo(
                        row.target().minR() - TalentSpread.of(row).bestRAtRealSpread(), within(1e-4));
            }
        });
        assertThat(text.toString()).contains("gap: the target's r");
    }
}
