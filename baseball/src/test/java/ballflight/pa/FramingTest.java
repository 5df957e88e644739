package ballflight.pa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ballflight.backend.Backend;
import ballflight.data.Defense;
import ballflight.data.Framing;
import ballflight.data.Hitter;
import ballflight.data.LeagueData;
import ballflight.data.Pitcher;
import ballflight.engine.FlightSimulator;
import ballflight.fielding.PaOutcome;
import ballflight.kernel.SimulationMode;
import ballflight.pitch.PaTuning;
import java.util.EnumSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Catcher framing: 2025 framing runs become called strikes, and the engine's zone gives that many. */
class FramingTest {
    private static final LeagueData DATA = LeagueData.mlb2025();
    private static final Set<PaOutcome> OUTS = EnumSet.of(PaOutcome.K, PaOutcome.GO, PaOutcome.FO, PaOutcome.LO,
            PaOutcome.PO);

    @Test
    void framingRunsBecomeStrikesPerOutAndShortSamplesArePulledToTheLeague() {
        // A regular: 25 runs over 3,089 outs is 193 strikes, about one every 17 outs.
        assertThat(Framing.strikesPerOut(25.0, 3089)).isCloseTo(25.0 / 0.13 / 3389, within(1e-12));
        // Half a run in 30 outs is not a catcher who steals a strike every 8 outs.
        assertThat(Framing.strikesPerOut(0.5, 30)).isLessThan(0.5 / 0.13 / 30 / 5);
        assertThat(Framing.strikesPerOut(5.0, 0)).isZero();
        assertThat(Framing.strikesPerOut(Double.NaN, Double.NaN)).isZero();
    }

    @Test
    void catchersCarryTheir2025FramingAndOthersNone() {
        Hitter bailey = DATA.hitter("Patrick Bailey");
        Hitter realmuto = DATA.hitter("J.T. Realmuto");
        assertThat(bailey.fielding().framingStrikesPerOut()).isGreaterThan(0.04);
        assertThat(realmuto.fielding().framingStrikesPerOut()).isLessThan(-0.01);
        assertThat(DATA.hitter("Aaron Judge").fielding().framingStrikesPerOut()).isZero();
    }

    /**
     * The conversion's engine constant: a catcher worth 0.1 strikes per out widens the zone by
     * 0.1 / CALLED_STRIKES_PER_OUT_PER_FT, and the same plate appearances then give about 0.1 more
     * called strikes per out.
     */
    @Test
    void theWiderZoneGivesTheCatchersStrikes() {
        double framing = 0.1;
        double[] none = calledStrikesAndOuts(0.0);
        double[] framed = calledStrikesAndOuts(framing);
        double gained = framed[0] / framed[1] - none[0] / none[1];
        assertThat(gained).isCloseTo(framing, within(0.2 * framing));
    }

    private static double[] calledStrikesAndOuts(double framingStrikesPerOut) {
        Defense defense = new Defense(DATA.leagueDefense().fielders(), framingStrikesPerOut);
        Matchups m = Matchups.of(null, null, DATA.hitters(), DATA.pitchers());
        long[] called = new long[1];
        long outs = 0;
        try (FlightSimulator sim = FlightSimulator.builder().backend(Backend.JAVA).mode(SimulationMode.EXTREME).build()) {
            PlateAppearanceEngine engine = new PlateAppearanceEngine(sim, PaTuning.DEFAULT);
            SplittableRandom rng = new SplittableRandom(7);
            for (int i = 0; i < 20_000; i++) {
                Hitter b = m.batter(rng);
                Pitcher p = m.pitcher(rng);
                PlateAppearanceResult r = engine.play(b, p, defense, DATA.neutralPark(), rng,
                        e -> called[0] += e.call() == PitchCall.CALLED_STRIKE ? 1 : 0);
                outs += OUTS.contains(r.outcome()) ? 1 : 0;
            }
        }
        return new double[] {called[0], outs};
    }
}
