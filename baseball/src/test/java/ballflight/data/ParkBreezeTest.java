package ballflight.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ballflight.backend.Backend;
import ballflight.engine.FlightSimulator;
import ballflight.kernel.SimulationMode;
import ballflight.model.Atmosphere;
import ballflight.model.FlightRequest;
import ballflight.model.Launch;
import ballflight.model.Wind;
import ballflight.units.Units;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;

/** Each park carries a fly ball what Savant measured beyond its air: its breeze, and its roof's. */
class ParkBreezeTest {
    private static final LeagueData DATA = LeagueData.mlb2025();

    /** Savant's carry beyond the air (env_carry_ft) and the closed-roof share, by park, from the bundled file. */
    private static Map<String, double[]> measured() {
        CsvTable t = CsvTable.load("/mlb-2025/parks.csv");
        Map<String, double[]> out = new HashMap<>();
        for (int r = 0; r < t.size(); r++) {
            double roof = Double.isNaN(t.number(r, "roof_pct")) ? 0.0 : t.number(r, "roof_pct") / 100.0;
            out.put(t.text(r, "team"), new double[] {t.number(r, "env_carry_ft"), roof});
        }
        return out;
    }

    /** Mean distance of 300 fly balls (92-108 mph, 22-36°, spray ±40°) in this air and wind. */
    private static double meanCarryFt(FlightSimulator sim, Atmosphere air, Wind wind) {
        SplittableRandom rng = new SplittableRandom(7);
        double sum = 0;
        int n = 300;
        for (int i = 0; i < n; i++) {
            Launch l = new Launch(rng.nextDouble(92, 108), rng.nextDouble(22, 36), rng.nextDouble(-40, 40),
                    rng.nextDouble(1500, 2500), 0.0, 3.0);
            sum += sim.fly(new FlightRequest(l.toInitialState(), air, wind, null, Double.NaN)).distanceFt();
        }
        return sum / n;
    }

    @Test
    void aParksTypicalAirCarriesAFlyBallWhatSavantMeasuredBeyondTheAir() {
        Map<String, double[]> m = measured();
        try (FlightSimulator sim = FlightSimulator.builder().backend(Backend.JAVA).mode(SimulationMode.EXTREME).build()) {
            // Sacramento +10.2 ft, Steinbrenner Field -7.5, Houston's roof (closed 98 %) -2.5 + 0.98 x 3.8.
            for (String team : new String[] {"ATH", "TBR", "HOU", "COL"}) {
                Park p = DATA.park(team);
                double expected = m.get(team)[0] + m.get(team)[1] * ParkBreeze.ROOF_CLOSED_CARRY_FT;
                double gained = meanCarryFt(sim, p.atmosphere(), p.wind()) - meanCarryFt(sim, p.atmosphere(), Wind.CALM);
                // Within 1 ft: a mph of wind carries a little less in thin air (2.8 ft at Coors, 3.3 at sea level).
                assertThat(gained).as(team).isCloseTo(expected, within(1.0));
            }
        }
        assertThat(DATA.neutralPark().wind().speedMph()).isZero();
    }

    private static RandomGenerator rng(long seed) {
        return RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
    }

    @Test
    void overASeasonTheDrawnWindsAndTheBreezeAverageTheParksCarry() {
        Map<String, double[]> m = measured();
        // Wrigley's drawn winds blow out in summer and in in spring; the breeze makes up the rest.
        for (String team : new String[] {"CHC", "ATH", "ARI"}) {
            ParkClimate c = DATA.climate(team);
            int games = 40_000;
            double outMph = 0;
            for (int i = 0; i < games; i++) {
                double month = 4.0 + 6.0 * (i + 0.5) / games;
                outMph += c.sample(month, i % 3 == 0, rng(i)).wind().yMps();
            }
            double carryFt = Units.mpsToMph(outMph / games) * ParkBreeze.CARRY_FT_PER_MPH;
            assertThat(carryFt).as(team).isCloseTo(m.get(team)[0] + m.get(team)[1] * ParkBreeze.ROOF_CLOSED_CARRY_FT, within(0.5));
        }
    }
}
