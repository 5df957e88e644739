package ballflight.fielding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ballflight.backend.Backend;
import ballflight.data.LeagueData;
import ballflight.engine.FlightSimulator;
import ballflight.kernel.SimulationMode;
import ballflight.model.Launch;
import ballflight.model.Wind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The park question: one ball, 30 parks, each in its own air against its own fence. */
class HomeRunParksTest {
    private static final LeagueData DATA = LeagueData.mlb2025();
    private static FlightSimulator sim;
    private static HomeRunParks parks;

    @BeforeAll
    static void open() {
        sim = FlightSimulator.builder().backend(Backend.JAVA).mode(SimulationMode.EXTREME).build();
        parks = new HomeRunParks(sim, DATA);
    }

    @AfterAll
    static void close() {
        sim.close();
    }

    private static Launch center(double ev, double la) {
        return new Launch(ev, la, 0.0, 2200.0, 0.0, 3.0);
    }

    @Test
    void everyParkAnswersAndTheVerdictCountsThem() {
        HomeRunParks.Answer a = parks.ask(new Launch(104, 28, -12, 2200, 0, 3), ParkAir.AVERAGE);
        assertThat(a.parks()).hasSize(30);
        assertThat(a.homeRuns()).isEqualTo(a.gone().size());
        assertThat(a.gone().size() + a.inThePark().size()).isEqualTo(30);
        assertThat(a.verdict()).isEqualTo("HR in " + a.homeRuns() + " of 30 parks");
        for (ParkVerdict v : a.parks()) {
            assertThat(v.crossing()).isNotNull();
            assertThat(v.crossing().distanceFt()).isCloseTo(v.park().fenceDistanceFt(v.crossing().sprayDeg()), within(0.5));
            assertThat(v.crossing().wallHeightFt()).isEqualTo(v.park().wallHeightFt(v.crossing().sprayDeg()));
            assertThat(v.homeRun()).isEqualTo(v.crossing().heightFt() > v.crossing().wallHeightFt());
        }
    }

    @Test
    void aPopUpIsGoneNowhereAndAMoonShotEverywhere() {
        HomeRunParks.Answer weak = parks.ask(center(80, 30), ParkAir.AVERAGE);
        assertThat(weak.homeRuns()).isZero();
        assertThat(weak.parks()).allSatisfy(v -> assertThat(v.crossing()).isNull());
        assertThat(weak.outlier()).isEmpty();
        assertThat(parks.ask(center(115, 30), ParkAir.AVERAGE).homeRuns()).isEqualTo(30);
    }

    @Test
    void aDeepFlyToCenterCarriesFarthestAtCoorsBecauseOfTheThinAir() {
        HomeRunParks.Answer a = parks.ask(center(98, 32), ParkAir.AVERAGE);
        ParkVerdict coors = a.parks().stream().filter(v -> v.park().team().equals("COL")).findFirst().orElseThrow();
        // 5,190 ft up the ball carries farther than anywhere else, even against Coors' measured
        // in-breeze (Savant: -4.9 ft) and against Sacramento's +10.2 ft out.
        assertThat(a.parks()).allSatisfy(v -> assertThat(v.carryFt()).isLessThanOrEqualTo(coors.carryFt()));
        // The same temperature everywhere takes nothing from Coors' lead: it is the elevation.
        ParkAir sameTemperature = new ParkAir(Double.NaN, false, 70.0, null);
        HomeRunParks.Answer level = parks.ask(center(98, 32), sameTemperature);
        ParkVerdict coorsLevel = level.parks().stream().filter(v -> v.park().team().equals("COL")).findFirst().orElseThrow();
        assertThat(level.parks()).allSatisfy(v -> assertThat(v.carryFt()).isLessThanOrEqualTo(coorsLevel.carryFt()));
    }

    @Test
    void warmAirAndAWindBlowingOutCarryTheBallFartherInEveryPark() {
        Launch l = center(100, 28);
        HomeRunParks.Answer cold = parks.ask(l, new ParkAir(Double.NaN, false, 50.0, null));
        HomeRunParks.Answer hot = parks.ask(l, new ParkAir(Double.NaN, false, 95.0, null));
        HomeRunParks.Answer out = parks.ask(l, new ParkAir(Double.NaN, false, 50.0, Wind.of(10, 0)));
        for (int i = 0; i < 30; i++) {
            assertThat(hot.parks().get(i).carryFt()).isGreaterThan(cold.parks().get(i).carryFt());
            assertThat(out.parks().get(i).carryFt()).isGreaterThan(cold.parks().get(i).carryFt() + 10);
        }
        assertThat(hot.homeRuns()).isGreaterThanOrEqualTo(cold.homeRuns());
    }

    @Test
    void theOneFlightCountAgreesWithAllThirtyParksInAShearedWind() {
        // 10 mph out at 3 ft, far stronger higher up (power law 0.6): the high flies meet more wind
        // than a uniform 10 mph would give them.
        ParkAir gusty = new ParkAir(Double.NaN, false, Double.NaN, new Wind(10, 0, 0.6, 3));
        for (double ev = 84; ev <= 100; ev += 2) {
            for (double la = 30; la <= 45; la += 5) {
                Launch l = new Launch(ev, la, 0.0, 2200.0, 0.0, 3.0);
                assertThat(parks.homeRunCount(l, gusty)).as(ev + " mph " + la + " deg").isEqualTo(parks.ask(l, gusty).homeRuns());
            }
        }
    }

    @Test
    void aMonthsTypicalAirIsColderInAprilThanInJuly() {
        HomeRunParks.Answer april = parks.ask(center(100, 28), new ParkAir(4.5, false, Double.NaN, null));
        HomeRunParks.Answer july = parks.ask(center(100, 28), new ParkAir(7.5, true, Double.NaN, null));
        int colder = 0;
        for (int i = 0; i < 30; i++) {
            if (april.parks().get(i).park().atmosphere().temperatureF() < july.parks().get(i).park().atmosphere().temperatureF()) {
                colder++;
            }
        }
        assertThat(colder).as("open-air parks colder in April").isGreaterThanOrEqualTo(25);
    }
}
