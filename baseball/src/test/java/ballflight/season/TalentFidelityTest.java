package ballflight.season;

import static org.assertj.core.api.Assertions.assertThat;

import ballflight.backend.Backend;
import ballflight.data.Hitter;
import ballflight.data.LeagueData;
import ballflight.data.Pitcher;
import ballflight.engine.FlightSimulator;
import ballflight.kernel.SimulationMode;
import ballflight.pa.Matchups;
import ballflight.pa.PaRunner;
import ballflight.pa.PaStats;
import ballflight.pitch.PaTuning;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * Talent carries through, cheaply: the 30 hitters with the most 2025 PA each bat 4,000 times against
 * the league's pitchers, and the 30 pitchers with the most batters faced each face 4,000 of the
 * league's hitters (neutral park, EXTREME). Their strikeout and walk rates follow their own 2025
 * rates about one for one (docs/CALIBRATION.md, talent through the physics; the full-season table
 * is the fidelity command). Before the whiff elasticities the hitters' and pitchers' K% slopes
 * were about 0.5, and the pitchers' BB% slope about 1.5. 4,000 each: at 1,000 a slope carries about
 * 0.09 of binomial noise, as much as the bands' margins (the pitchers' K% slope, about 1.27, read
 * 1.24 or 1.33 at 1,000 PA as the draws fell), at 4,000 about 0.045.
 */
class TalentFidelityTest {
    private static final LeagueData DATA = LeagueData.mlb2025();
    private static final int PLAYERS = 30;
    private static final int PA_EACH = 4000;
    private static final PaRunner RUNNER = new PaRunner(() -> FlightSimulator.builder().backend(Backend.JAVA)
            .mode(SimulationMode.EXTREME).build(), PaTuning.DEFAULT, 2);

    @Test
    void hittersStrikeOutAndWalkAtTheirOwn2025Rates() {
        List<Hitter> hitters = DATA.hitters().subList(0, PLAYERS);
        PaStats[] sim = play(hitters.stream().map(h -> Matchups.of(h, null, DATA.hitters(), DATA.pitchers())).toList());
        assertFollows("hitters' K%", rates(hitters, Hitter::strikeoutRate), sim, PaStats::kPct, 0.75, 0.75, 1.3);
        assertFollows("hitters' BB%", rates(hitters, Hitter::walkRate), sim, PaStats::bbPct, 0.7, 0.8, 1.35);
    }

    @Test
    void pitchersStrikeOutAndWalkAtTheirOwn2025Rates() {
        List<Pitcher> pitchers = DATA.pitchers().subList(0, PLAYERS);
        PaStats[] sim = play(pitchers.stream().map(p -> Matchups.of(null, p, DATA.hitters(), DATA.pitchers())).toList());
        assertFollows("pitchers' K%", rates(pitchers, Pitcher::strikeoutRate), sim, PaStats::kPct, 0.75, 0.7, 1.3);
        assertFollows("pitchers' BB%", rates(pitchers, Pitcher::walkRate), sim, PaStats::bbPct, 0.6, 0.7, 1.35);
    }

    private static PaStats[] play(List<Matchups> players) {
        return players.stream().map(m -> RUNNER.run(m, DATA.leagueDefense(), DATA.neutralPark(), PA_EACH, 5))
                .toArray(PaStats[]::new);
    }

    private static <T> double[] rates(List<T> players, ToDoubleFunction<T> rate) {
        return players.stream().mapToDouble(rate).toArray();
    }

    private static void assertFollows(String what, double[] actual, PaStats[] sim, ToDoubleFunction<PaStats> rate,
                                      double minR, double minSlope, double maxSlope) {
        double[] simulated = java.util.Arrays.stream(sim).mapToDouble(rate).toArray();
        Agreement a = Agreement.of(actual, simulated);
        String got = String.format(Locale.ROOT, "%s: r %.3f, slope %.3f", what, a.r(), a.slope());
        System.out.println(got);
        assertThat(a.r()).as(got).isGreaterThanOrEqualTo(minR);
        assertThat(a.slope()).as(got).isBetween(minSlope, maxSlope);
    }
}
