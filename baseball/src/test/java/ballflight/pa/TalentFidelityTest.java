package ballflight.pa;

import static org.assertj.core.api.Assertions.assertThat;

import ballflight.backend.Backend;
import ballflight.data.Hitter;
import ballflight.data.LeagueData;
import ballflight.data.Pitcher;
import ballflight.engine.FlightSimulator;
import ballflight.kernel.SimulationMode;
import ballflight.pitch.PaTuning;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Talent carries through, cheaply: the 30 hitters with the most 2025 PA each bat 400 times against
 * the league's pitchers, and the 30 pitchers with the most batters faced each face 400 of the
 * league's hitters (neutral park, EXTREME). Their strikeout and walk rates follow their own 2025
 * rates one for one (docs/CALIBRATION.md, team and player fidelity; the full-season table is the
 * fidelity command). Before the whiff elasticities the hitters' K% slope was about 0.5 and the
 * pitchers' 0.6, and the pitchers' BB% slope about 1.5.
 */
class TalentFidelityTest {
    private static final LeagueData DATA = LeagueData.mlb2025();
    private static final int PLAYERS = 30;
    private static final int PA_EACH = 400;
    private static final PaRunner RUNNER = new PaRunner(() -> FlightSimulator.builder().backend(Backend.JAVA)
            .mode(SimulationMode.EXTREME).build(), PaTuning.DEFAULT, 2);

    @Test
    void hittersStrikeOutAndWalkAtTheirOwn2025Rates() {
        List<Hitter> hitters = DATA.hitters().subList(0, PLAYERS);
        double[][] k = new double[2][PLAYERS];
        double[][] bb = new double[2][PLAYERS];
        for (int i = 0; i < PLAYERS; i++) {
            Hitter h = hitters.get(i);
            PaStats s = RUNNER.run(Matchups.of(h, null, DATA.hitters(), DATA.pitchers()), DATA.leagueDefense(),
                    DATA.neutralPark(), PA_EACH, 5);
            k[0][i] = h.strikeoutRate();
            k[1][i] = s.kPct();
            bb[0][i] = h.walkRate();
            bb[1][i] = s.bbPct();
        }
        assertFollows("hitters' K%", k, 0.75, 0.75, 1.3);
        assertFollows("hitters' BB%", bb, 0.7, 0.8, 1.35);
    }

    @Test
    void pitchersStrikeOutAndWalkAtTheirOwn2025Rates() {
        List<Pitcher> pitchers = DATA.pitchers().subList(0, PLAYERS);
        double[][] k = new double[2][PLAYERS];
        double[][] bb = new double[2][PLAYERS];
        for (int i = 0; i < PLAYERS; i++) {
            Pitcher p = pitchers.get(i);
            PaStats s = RUNNER.run(Matchups.of(null, p, DATA.hitters(), DATA.pitchers()), DATA.leagueDefense(),
                    DATA.neutralPark(), PA_EACH, 5);
            k[0][i] = p.strikeoutRate();
            k[1][i] = s.kPct();
            bb[0][i] = p.walkRate();
            bb[1][i] = s.bbPct();
        }
        assertFollows("pitchers' K%", k, 0.75, 0.7, 1.3);
        assertFollows("pitchers' BB%", bb, 0.6, 0.7, 1.35);
    }

    /** Correlation and least-squares slope of simulated (row 1) on 2025 (row 0). */
    private static void assertFollows(String what, double[][] xy, double minR, double minSlope, double maxSlope) {
        double[] x = xy[0];
        double[] y = xy[1];
        int n = x.length;
        double mx = java.util.Arrays.stream(x).average().orElseThrow();
        double my = java.util.Arrays.stream(y).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        double r = sxy / Math.sqrt(sxx * syy);
        double slope = sxy / sxx;
        String got = String.format(java.util.Locale.ROOT, "%s: r %.3f, slope %.3f", what, r, slope);
        System.out.println(got);
        assertThat(r).as(got).isGreaterThanOrEqualTo(minR);
        assertThat(slope).as(got).isBetween(minSlope, maxSlope);
    }
}
