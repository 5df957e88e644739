package ballflight.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ballflight.data.FielderSkill;
import ballflight.data.Handedness;
import ballflight.data.Hitter;
import ballflight.data.LaunchAngleSpread;
import ballflight.data.LeagueAir;
import ballflight.data.PitchSpec;
import ballflight.data.Pitcher;
import ballflight.model.Atmosphere;
import ballflight.pitch.PaTuning;
import ballflight.pitch.Count;
import ballflight.pitch.PitchResult;
import ballflight.pitch.StrikeZone;
import java.util.List;
import java.util.random.RandomGeneratorFactory;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** Where a swing meets the ball: fooled swings go under fastballs and over breaking balls. */
class SwingTest {
    private static final Hitter BATTER = new Hitter("test", "", "CF", Handedness.RIGHT, 600, 0.22, 0.085, 72.0, 10.0,
            0.245, 0.28, 13.0, 89.0, 100.5, 0.33, Hitter.LEAGUE_BARREL_RATE, LaunchAngleSpread.LEAGUE_SD_DEG, 0.40, 0.25, 27.0, new FielderSkill(27.0, 0.45, 0.93, 85.0, 0.985));
    private static final Pitcher PITCHER = withBarrelsAllowed(0.0);

    /** Fraction of contacted balls above 50 degrees (index 0) and below -30 degrees (index 1). */
    private static double[] extremes(String type) {
        // Same flight for both pitch types (speed, angle, no spin): only the family differs.
        PitchSpec spec = new PitchSpec(type, 1.0, 90.0, 0.0, 0.0, 12.0, 0.35);
        PitchResult pitch = new PitchResult(spec, 0.0, StrikeZone.CENTER_Z_FT, 84.0, 0.0, -83.0, -8.0, 0.42, true,
                0.0, 0.0, 0.0, LeagueAir.DENSITY_KG_PER_M3);
        Swing swing = new Swing(PaTuning.DEFAULT);
        RandomGenerator rng = RandomGeneratorFactory.of("L64X128MixRandom").create(11);
        int contacts = 0;
        int high = 0;
        int low = 0;
        for (int i = 0; i < 40_000; i++) {
            SwingResult r = swing.swing(BATTER, PITCHER, pitch, new Count(1, 1), rng);
            if (r.ball() == null) {
                continue;
            }
            contacts++;
            double la = r.ball().launch().launchAngleDeg();
            high += la > 50 ? 1 : 0;
            low += la < -30 ? 1 : 0;
        }
        return new double[] {high / (double) contacts, low / (double) contacts};
    }

    @Test
    void fooledSwingsPopUpFastballsAndTopBreakingBalls() {
        double[] fastball = extremes("FF");
        double[] slider = extremes("SL");
        assertThat(fastball[0]).as("pop-up share, fastball vs slider").isGreaterThan(1.5 * slider[0]);
        assertThat(slider[1]).as("topped share, slider vs fastball").isGreaterThan(1.5 * fastball[1]);
    }

    /** Whiffs per swing at a slider in the middle of the zone, flown through air of {@code densityKgPerM3}. */
    private static double whiffRate(Hitter batter, double densityKgPerM3) {
        PitchSpec slider = new PitchSpec("SL", 1.0, 86.0, 2450.0, 0.36, 9.0, 0.33);
        PitchResult pitch = new PitchResult(slider, 0.0, StrikeZone.CENTER_Z_FT, 80.0, 0.0, -79.0, -6.0, 0.45, true,
                0.0, 0.0, 0.0, densityKgPerM3);
        Swing swing = new Swing(PaTuning.DEFAULT);
        RandomGenerator rng = RandomGeneratorFactory.of("L64X128MixRandom").create(5);
        int whiffs = 0;
        int n = 60_000;
        for (int i = 0; i < n; i++) {
            whiffs += swing.swing(batter, PITCHER, pitch, new Count(1, 1), rng).kind() == SwingResult.Kind.WHIFF ? 1 : 0;
        }
        return whiffs / (double) n;
    }

    @Test
    void inThinAirAFooledSwingMissesByLessAndA2025RockieIsTakenToTheLeaguesAir() {
        double coors = new Atmosphere(77.0, 5190.0, 29.92, 50.0).airDensityKgPerM3();
        double league = whiffRate(BATTER, LeagueAir.DENSITY_KG_PER_M3);
        double mileHigh = whiffRate(BATTER, coors);
        // A sixth less break: fooled swings pass nearer the ball and some of them connect.
        assertThat(mileHigh).as("whiffs a mile up vs the league's air").isLessThan(league - 0.01);
        assertThat(mileHigh).isGreaterThan(0.5 * league);
        // A Rockie earned his 2025 whiff rate half at Coors: the same rate means more whiffs at sea level.
        Hitter rockie = withRatesAir(LeagueAir.ratesBreakScale(coors));
        assertThat(rockie.ratesBreakScale()).isBetween(0.90, 0.93);
        assertThat(whiffRate(rockie, LeagueAir.DENSITY_KG_PER_M3)).as("Rockie in the league's air").isGreaterThan(league + 0.005);
        assertThat(whiffRate(rockie, coors)).as("Rockie a mile up").isBetween(mileHigh, league);
    }

    @Test
    void withTwoStrikesAHitterWhoFoulsMoreFoulsMoreOffAndWhiffsNoMore() {
        Swing swing = new Swing(PaTuning.DEFAULT);
        Hitter spoiler = withFouls(0.60);
        assertThat(BATTER.foulsPerContact()).isEqualTo(Hitter.LEAGUE_FOULS_PER_CONTACT);
        assertThat(swing.timingSigmaMs(BATTER, new Count(1, 2))).isEqualTo(PaTuning.DEFAULT.timingSigmaMs());
        assertThat(swing.timingSigmaMs(spoiler, new Count(1, 1))).isEqualTo(PaTuning.DEFAULT.timingSigmaMs());
        assertThat(swing.timingSigmaMs(spoiler, new Count(1, 2))).isCloseTo(PaTuning.DEFAULT.timingSigmaMs()
                * Math.exp(PaTuning.DEFAULT.twoStrikeTimingPerFoul() * (0.60 - 0.501)), within(1e-12));
        double[] league = outcomes(swing, BATTER);
        double[] fouler = outcomes(swing, spoiler);
        assertThat(fouler[1]).as("fouls per swing, two strikes").isGreaterThan(league[1] + 0.01);
        assertThat(fouler[0]).as("whiffs per swing, two strikes").isCloseTo(league[0], within(0.01));
    }

    @Test
    void aPitchThatFinishedHittersBetterThanItsWhiffsSaidMissesMoreBatsWithTwoStrikesOnly() {
        Swing swing = new Swing(PaTuning.DEFAULT);
        PitchSpec asPredicted = new PitchSpec("FF", 1.0, 94.0, 2300.0, 0.9, 1.0, 0.22);
        PitchSpec finisher = new PitchSpec("FF", 1.0, 94.0, 2300.0, 0.9, 1.0, 0.22, 0.4);
        PitchSpec laggard = new PitchSpec("FF", 1.0, 94.0, 2300.0, 0.9, 1.0, 0.22, -0.4);
        double base = outcomes(swing, BATTER, asPredicted, new Count(1, 2))[0];
        assertThat(outcomes(swing, BATTER, finisher, new Count(1, 2))[0]).as("two strikes, +0.4").isGreaterThan(base + 0.02);
        assertThat(outcomes(swing, BATTER, laggard, new Count(1, 2))[0]).as("two strikes, -0.4").isLessThan(base - 0.02);
        assertThat(outcomes(swing, BATTER, finisher, new Count(1, 1))[0]).as("one strike")
                .isEqualTo(outcomes(swing, BATTER, asPredicted, new Count(1, 1))[0]);
    }

    /** Whiffs and fouls per swing at a fastball in the middle of the zone with two strikes. */
    private static double[] outcomes(Swing swing, Hitter batter) {
        return outcomes(swing, batter, new PitchSpec("FF", 1.0, 94.0, 2300.0, 0.9, 1.0, 0.22), new Count(1, 2));
    }

    /** Whiffs and fouls per swing at {@code spec} in the middle of the zone in {@code count}. */
    private static double[] outcomes(Swing swing, Hitter batter, PitchSpec spec, Count count) {
        PitchResult pitch = new PitchResult(spec, 0.0, StrikeZone.CENTER_Z_FT, 87.0, 0.0, -86.0, -7.0, 0.41, true,
                0.0, 0.0, 0.0, LeagueAir.DENSITY_KG_PER_M3);
        RandomGenerator rng = RandomGeneratorFactory.of("L64X128MixRandom").create(9);
        int n = 60_000;
        int whiffs = 0;
        int fouls = 0;
        for (int i = 0; i < n; i++) {
            SwingResult.Kind k = swing.swing(batter, PITCHER, pitch, count, rng).kind();
            whiffs += k == SwingResult.Kind.WHIFF ? 1 : 0;
            fouls += k == SwingResult.Kind.FOUL ? 1 : 0;
        }
        return new double[] {whiffs / (double) n, fouls / (double) n};
    }

    @Test
    void aSquarelyMetBallLeavesNearTheBatPathAndFasterThanTheBat() {
        BattedBall square = BatBallCollision.collide(new double[] {0.0, -85.0, -8.0}, new double[3], 72.0, 10.0, 0.0,
                0.0, 0.18, 0.9, 2.5);
        BattedBall under = BatBallCollision.collide(new double[] {0.0, -85.0, -8.0}, new double[3], 72.0, 10.0, 0.0,
                1.0, 0.18, 0.9, 2.5);
        assertThat(square.launch().launchAngleDeg()).isBetween(0.0, 20.0);
        // EV = q v_pitch + (1 + q) v_bat head-on: about 100 mph here.
        assertThat(square.launch().exitVelocityMph()).isBetween(95.0, 105.0);
        assertThat(under.launch().launchAngleDeg()).isGreaterThan(square.launch().launchAngleDeg() + 20.0);
        assertThat(under.launch().backspinRpm()).isGreaterThan(1500.0);
    }

    @Test
    void aBatterWhoSquaresUpMoreMeetsTheBallNearerTheSweetSpot() {
        Swing swing = new Swing(PaTuning.DEFAULT);
        double league = swing.sweetSpotSigmaIn(withSquaredUp(Swing.LEAGUE_SQUARED_UP), PITCHER.contactAllowedZ());
        double contact = swing.sweetSpotSigmaIn(withSquaredUp(0.45), PITCHER.contactAllowedZ());
        double power = swing.sweetSpotSigmaIn(withSquaredUp(0.28), PITCHER.contactAllowedZ());
        assertThat(league).isCloseTo(PaTuning.DEFAULT.sweetSpotSigmaIn(), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(contact).isLessThan(league - 0.5);
        assertThat(power).isGreaterThan(league + 0.2);
        assertThat(swing.sweetSpotSigmaIn(withSquaredUp(1.0), PITCHER.contactAllowedZ())).isEqualTo(Swing.MIN_SWEET_SPOT_SIGMA_IN);
    }

    @Test
    void aBatterWhoBarrelsMoreMeetsTheBallNearerTheSweetSpotAndAFewBallsCannotPutHimFarOut() {
        Swing swing = new Swing(PaTuning.DEFAULT);
        double league = swing.sweetSpotSigmaIn(withBarrels(Hitter.LEAGUE_BARREL_RATE), PITCHER.contactAllowedZ());
        double slugger = swing.sweetSpotSigmaIn(withBarrels(0.18), PITCHER.contactAllowedZ());
        double slapper = swing.sweetSpotSigmaIn(withBarrels(0.02), PITCHER.contactAllowedZ());
        assertThat(league).isCloseTo(PaTuning.DEFAULT.sweetSpotSigmaIn(), org.assertj.core.data.Offset.offset(1e-12));
        // Two sd above the league: 2 x 2.5 in^2 less variance.
        assertThat(slugger * slugger).isCloseTo(league * league - 2 * PaTuning.DEFAULT.sweetSpotVarPerBarrelZ(),
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(slapper).isGreaterThan(league + 0.2);
        // Held to 2.5 sd: one barrel in three batted balls counts as 2.5 sd, like one in four.
        assertThat(swing.sweetSpotSigmaIn(withBarrels(0.33), PITCHER.contactAllowedZ()))
                .isEqualTo(swing.sweetSpotSigmaIn(withBarrels(0.25), PITCHER.contactAllowedZ()));
    }

    @Test
    void hittersMeetAPitcherWhoAllowedMoreBarrelsNearerTheSweetSpot() {
        Swing swing = new Swing(PaTuning.DEFAULT);
        double league = swing.sweetSpotSigmaIn(BATTER, PITCHER.contactAllowedZ());
        double hitHard = swing.sweetSpotSigmaIn(BATTER, withBarrelsAllowed(1.5).contactAllowedZ());
        double softContact = swing.sweetSpotSigmaIn(BATTER, withBarrelsAllowed(-1.5).contactAllowedZ());
        assertThat(hitHard).isLessThan(league - 0.2);
        assertThat(softContact).isGreaterThan(league + 0.2);
    }

    private static Pitcher withBarrelsAllowed(double z) {
        return new Pitcher("test", "", Handedness.RIGHT, true, 600, 0.22, 0.085, 45.0, -2.0, 6.0, 6.4,
                List.of(new PitchSpec("FF", 1.0, 94.0, 2300.0, 0.9, 1.0, 0.22)), z);
    }

    private static Hitter withBarrels(double rate) {
        return batter(Swing.LEAGUE_SQUARED_UP, rate);
    }

    private static Hitter withSquaredUp(double rate) {
        return batter(rate, Hitter.LEAGUE_BARREL_RATE);
    }

    /** A league batter who fouled off {@code fouls} of his 2025 contact. */
    private static Hitter withFouls(double fouls) {
        Hitter b = BATTER;
        return new Hitter(b.name(), b.team(), b.position(), b.bats(), b.plateAppearances(), b.strikeoutRate(),
                b.walkRate(), b.batSpeedMph(), b.attackAngleDeg(), b.whiffPerSwing(), b.chaseRate(),
                b.avgLaunchAngleDeg(), b.avgExitVelocityMph(), b.ev50Mph(), b.squaredUpPerContact(), b.barrelRate(),
                b.launchAngleSdDeg(), b.pullRate(), b.oppoRate(), b.sprintSpeedFtPerS(), b.fielding(),
                b.ratesBreakScale(), fouls);
    }

    /** A league batter whose 2025 rates were earned in air of break scale {@code scale}. */
    private static Hitter withRatesAir(double scale) {
        Hitter b = BATTER;
        return new Hitter(b.name(), b.team(), b.position(), b.bats(), b.plateAppearances(), b.strikeoutRate(),
                b.walkRate(), b.batSpeedMph(), b.attackAngleDeg(), b.whiffPerSwing(), b.chaseRate(),
                b.avgLaunchAngleDeg(), b.avgExitVelocityMph(), b.ev50Mph(), b.squaredUpPerContact(), b.barrelRate(),
                b.launchAngleSdDeg(), b.pullRate(), b.oppoRate(), b.sprintSpeedFtPerS(), b.fielding(), scale,
                b.foulsPerContact());
    }

    /** A league batter but for his squared-up and barrel rates. */
    private static Hitter batter(double squaredUp, double barrelRate) {
        return new Hitter("test", "", "CF", Handedness.RIGHT, 600, 0.22, 0.085, 72.0, 10.0, 0.245, 0.28, 13.0, 89.0, 100.5,
                squaredUp, barrelRate, LaunchAngleSpread.LEAGUE_SD_DEG, 0.40, 0.25, 27.0, new FielderSkill(27.0, 0.45, 0.93, 85.0, 0.985));
    }
}
