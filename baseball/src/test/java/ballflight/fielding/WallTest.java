package ballflight.fielding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ballflight.backend.Backend;
import ballflight.contact.BattedBall;
import ballflight.data.LeagueData;
import ballflight.data.Park;
import ballflight.data.Wall;
import ballflight.data.WallSection;
import ballflight.engine.FlightSimulator;
import ballflight.kernel.SimulationMode;
import ballflight.model.Atmosphere;
import ballflight.model.FlightRequest;
import ballflight.model.FlightResult;
import ballflight.model.Launch;
import ballflight.model.Wind;
import java.util.List;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The wall: judged where the ball crosses the fence line, at the height there, and played where the ball comes off it. */
class WallTest {
    private static final LeagueData DATA = LeagueData.mlb2025();
    private static FlightSimulator sim;
    private static FlightSimulator traced;

    @BeforeAll
    static void open() {
        sim = FlightSimulator.builder().backend(Backend.JAVA).mode(SimulationMode.ACCURATE).build();
        traced = sim.recordingPath(1000, 0.02);
    }

    @AfterAll
    static void close() {
        sim.close();
    }

    private static PlayResult play(Launch l, Park park) {
        return new BallInPlay(sim, -0.35, 1.0).resolve(new BattedBall(l, 0.5, 72.0, 0.18), park, DATA.leagueDefense(),
                27.0, RandomGeneratorFactory.of("L64X128MixRandom").create(7));
    }

    private static FenceCrossing crossing(Launch l, Park park) {
        FlightResult r = traced.fly(new FlightRequest(l.toInitialState(), park.atmosphere(), Wind.CALM, null, Double.NaN));
        return FenceCrossing.find(r.path(), park);
    }

    /** A line drive to left that meets Fenway's wall between 21 and 37 ft up: over any average wall, off the Monster. */
    private static Launch offTheMonster() {
        Park fenway = DATA.park("BOS");
        for (double la = 14.0; la <= 30.0; la += 0.5) {
            Launch l = new Launch(102.0, la, -30.0, 1800.0, 0.0, 3.0);
            FenceCrossing c = crossing(l, fenway);
            if (c != null && c.heightFt() > 21.0 && c.heightFt() < 35.0) {
                return l;
            }
        }
        throw new AssertionError("no launch angle from 14 to 30 deg meets the Monster 21 to 35 ft up");
    }

    @Test
    void fenwaysLeftFieldWallIsTheGreenMonsterAndAPartlyListedWallKeepsItsAverage() {
        Park fenway = DATA.park("BOS");
        assertThat(fenway.wallHeightFt(-44.0)).isEqualTo(37.2);
        assertThat(fenway.wallHeightFt(-20.0)).isEqualTo(37.2);
        assertThat(fenway.wallHeightFt(0.0)).isEqualTo(17.0);
        assertThat(fenway.wallHeightFt(40.0)).isEqualTo(5.0);
        // Where only part of the wall is listed, the rest keeps Savant's average over the fence line.
        Park houston = DATA.park("HOU");
        double sum = 0.0;
        int n = 9000;
        for (int i = 0; i < n; i++) {
            sum += houston.wallHeightFt(-45.0 + 90.0 * (i + 0.5) / n);
        }
        assertThat(sum / n).isCloseTo(houston.fenceHeightFt(), within(0.05));
        assertThat(houston.wallHeightFt(-35.0)).isEqualTo(19.0);
        assertThat(houston.wallHeightFt(0.0)).isBetween(8.0, 11.0);
        assertThat(DATA.park("SFG").wallHeightFt(40.0)).isEqualTo(24.0);
        assertThat(DATA.park("COL").wallHeightFt(-35.0)).isEqualTo(DATA.park("COL").fenceHeightFt());
    }

    @Test
    void aBallOffTheMonsterIsPlayedAtTheWallNotWhereItWouldHaveLanded() {
        Park fenway = DATA.park("BOS");
        Launch l = offTheMonster();
        PlayResult r = play(l, fenway);
        assertThat(r.outcome()).isIn(PaOutcome.SINGLE, PaOutcome.DOUBLE, PaOutcome.TRIPLE);
        WallCarom c = r.carom();
        assertThat(c).isNotNull();
        FenceCrossing wall = c.wall();
        assertThat(wall.wallHeightFt()).isEqualTo(37.2);
        assertThat(wall.distanceFt()).isCloseTo(fenway.fenceDistanceFt(wall.sprayDeg()), within(0.5));
        // Position: it comes down a few feet in front of the wall, on the wall's side of the field.
        assertThat(c.offWallFt()).isBetween(0.5, 25.0);
        // Time: it comes down within a second of hitting the wall, and the wall is reached well
        // before the ball would have landed had the wall not been there.
        assertThat(c.timeS() - wall.timeS()).isBetween(0.05, 1.2);
        FlightResult through = r.flight();
        assertThat(through.hangTimeS() - wall.timeS()).isGreaterThan(0.2);
        assertThat(Math.hypot(through.landingXFt(), through.landingYFt()) - Math.hypot(c.xFt(), c.yFt())).isGreaterThan(15.0);
        // The same ball in the same park with its average wall all the way round is a home run.
        Park averageWall = new Park("BOS", "Fenway, average wall", fenway.leftLineFt(), fenway.leftGapFt(), fenway.centerFt(),
                fenway.rightGapFt(), fenway.rightLineFt(), fenway.fenceHeightFt(), fenway.atmosphere());
        assertThat(play(l, averageWall).outcome()).isEqualTo(PaOutcome.HR);
    }

    @Test
    void theFenceIsTakenWhereTheBallCrossesItNotWhereItWasAimed() {
        // 400 ft to center; from +10 deg to the right-field line a 30 ft wall, 8 ft elsewhere.
        Park park = new Park("", "test park", 330, 380, 400, 380, 330,
                new Wall(8.0, List.of(new WallSection(10.0, 45.0, 30.0, "high right"))), Atmosphere.STANDARD);
        FenceCrossing found = null;
        Launch hooked = null;
        for (double la = 14.0; la <= 34.0 && found == null; la += 0.5) {
            Launch l = new Launch(110.0, la, 0.0, 2000.0, 2500.0, 3.0); // sliced toward right field
            FenceCrossing c = crossing(l, park);
            if (c != null && c.heightFt() > 9.0 && c.heightFt() < 29.0) {
                found = c;
                hooked = l;
            }
        }
        assertThat(found).as("a sliced drive meeting the wall 9 to 29 ft up").isNotNull();
        assertThat(found.sprayDeg()).isGreaterThan(10.0);
        assertThat(found.wallHeightFt()).isEqualTo(30.0);
        assertThat(found.distanceFt()).isCloseTo(park.fenceDistanceFt(found.sprayDeg()), within(0.5));
        assertThat(park.fenceDistanceFt(hooked.sprayAngleDeg()) - found.distanceFt()).as("launch line is deeper").isGreaterThan(5.0);
        // The kernel, given the fence at the crossing angle, puts the ball at the same height there.
        FlightResult k = sim.fly(new FlightRequest(hooked.toInitialState(), park.atmosphere(), Wind.CALM,
                park.fenceAt(found.sprayDeg()), Double.NaN));
        assertThat(k.heightAtFenceFt()).isCloseTo(found.heightFt(), within(0.3));
        // Judged at the launch angle it would have cleared the 8 ft wall there; where it crosses, it is off the 30 ft wall.
        assertThat(found.heightFt()).isGreaterThan(park.wallHeightFt(hooked.sprayAngleDeg()));
        assertThat(play(hooked, park).outcome()).isNotEqualTo(PaOutcome.HR);
        assertThat(play(hooked, park).carom()).isNotNull();
    }

    @Test
    void aBallThatLandsShortOfTheWallNeverMeetsIt() {
        Park fenway = DATA.park("BOS");
        Launch l = new Launch(85.0, 25.0, 0.0, 2200.0, 0.0, 3.0);
        assertThat(crossing(l, fenway)).isNull();
        assertThat(play(l, fenway).carom()).isNull();
    }

    @Test
    void aWallSectionOutsideTheFoulLinesIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new WallSection(-50.0, -20.0, 30.0, "bad"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-45 <= from < to <= 45");
    }
}
