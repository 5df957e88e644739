package ballflight.contact;

import ballflight.data.Handedness;
import ballflight.data.Hitter;
import ballflight.data.LaunchAngleSpread;
import ballflight.data.LeagueAir;
import ballflight.data.Normal;
import ballflight.data.Pitcher;
import ballflight.data.PitchFamily;
import ballflight.data.PitchTypeDefaults;
import ballflight.pitch.PaTuning;
import ballflight.pitch.Count;
import ballflight.pitch.PitchResult;
import ballflight.pitch.StrikeZone;
import java.util.random.RandomGenerator;

/**
 * A swing at a pitch: where the bat meets (or misses) the ball, then the collision.
 *
 * <p>Three errors are drawn, all physical quantities: the vertical offset D between the ball's
 * and the bat's centres (|D| beyond ball + bat radius is a miss), the timing error (which turns
 * the bat's face: early pulls, late goes the other way, very early or late is foul) and the
 * impact point along the barrel (off the sweet spot the collision is less efficient). A miss is
 * |D| beyond the radii or a timing error beyond the barrel's window. The share of swings fooled
 * by the pitch (D displaced under a fastball or over a breaking ball) and the timing window are
 * set so that the league's zone whiff rate, moved by the batter's 2025 whiff rate per swing (taken
 * to the zone through his chase rate, {@link SwingMix}), by the pitch type's league whiff rate and by
 * the pitch's own 2025 whiff rate over its type's (its speed and movement as hitters saw them) by
 * odds, is what a swing at the middle of the zone misses;
 * pitches outside the zone are harder to square up (chases miss as often as Statcast's). A fooled
 * swing misses by the break it did not see, which scales with the air's density: a mile up, pitches
 * break a sixth less and hitters whiff less (the 2025 rates are taken to the league's air first,
 * {@link Hitter#ratesBreakScale}). The mean
 * of D follows the batter's 2025 launch angle net of his attack angle (a steep bat path lifts the
 * ball by itself) and the pitch height; the spread of impact points along the barrel narrows with
 * his 2025 squared-up rate and with the pitcher's 2025 barrel rate allowed (how squarely hitters
 * met his pitches). His timing is centred by his 2025 pull rate ({@link SwingDirection}). The bat
 * speed at impact depends on how deep the ball is met ({@link ContactDepth}): a pulled ball gets the
 * bat's full speed, one met late and hit the other way less.
 */
public final class Swing {
    /** League whiffs per swing, 2025 (Savant bat tracking, all competitive swings). */
    static final double LEAGUE_WHIFF = 0.245;
    /** Launch angle the mean offset is centred on: about the 2025 league mean of batted balls (13.4). */
    static final double LEAGUE_LA_DEG = 13.0;
    /** League mean attack angle, 2025 (Savant swing path, PA-weighted). */
    static final double LEAGUE_ATTACK_DEG = 10.0;
    /** League squared-up share of bat-ball contacts, 2025 (Savant bat tracking, contact-weighted). */
    static final double LEAGUE_SQUARED_UP = 0.331;
    /** League mean bat speed, 2025 (Savant bat tracking, PA-weighted over the bundled hitters). */
    static final double LEAGUE_BAT_SPEED_MPH = 71.8;
    /** League EV50, 2025 (Savant exit velocity, PA-weighted over the bundled hitters). */
    static final double LEAGUE_EV50_MPH = 100.4;
    /** Smallest impact spread along the barrel, in (no one hits every ball on the sweet spot). */
    static final double MIN_SWEET_SPOT_SIGMA_IN = 1.0;
    private final PaTuning tuning;
    private final ContactEv50 contactEv50;
    private final ContactDepth contactDepth;
    private final SwingDirection direction;

    public Swing(PaTuning tuning) {
        this.tuning = tuning;
        this.contactEv50 = ContactEv50.of(tuning);
        this.contactDepth = new ContactDepth(tuning);
        this.direction = new SwingDirection(tuning.pullTimingMs(), tuning.faceDegPerMs());
    }

    public SwingResult swing(Hitter batter, Pitcher pitcher, PitchResult pitch, Count count, RandomGenerator rng) {
        double batterOdds = odds(batter.whiffPerSwing()) / odds(LEAGUE_WHIFF)
                * SwingMix.zoneOddsFactor(batter.chaseRate(), tuning.zoneSwing());
        // A pitch type's league whiff rate is what that type does to hitters, taken as it is; the
        // elasticity acts on this pitch's edge over its type, a pitcher's stuff.
        double typeOdds = odds(PitchTypeDefaults.of(pitch.spec().type()).whiffRate());
        double odds = odds(tuning.zoneWhiff())
                * Math.pow(batterOdds, tuning.batterWhiffPower())
                * (typeOdds / odds(LEAGUE_WHIFF))
                * Math.pow(odds(pitch.spec().whiffRate()) / typeOdds, tuning.pitchWhiffPower());
        double outside = pitch.reachedPlate() ? StrikeZone.distanceOutsideFt(pitch.plateXFt(), pitch.plateZFt()) : 2.0;
        odds *= Math.exp(tuning.whiffPerFtOutside() * outside);
        if (count.strikes() == 2) {
            // The shorter two-strike swing, and how well this pitch finished hitters in 2025 beyond its whiffs.
            odds *= tuning.twoStrikeWhiffOdds() * Math.exp(pitch.spec().putAwayLift());
        }
        double whiff = odds / (1 + odds);
        // Misses come from height (share s) and from timing (the rest): 1 - whiff = (1 - wD)(1 - wT).
        double whiffHeight = 1 - Math.pow(1 - whiff, tuning.heightWhiffShare());
        double mean = meanOffsetIn(batter) + tuning.offsetPerFtHeight() * (pitch.plateZFt() - StrikeZone.CENTER_Z_FT);
        // Height errors: a swing that read the pitch is off by N(0, tracked). A swing fooled by the
        // pitch is put where the batter expected the ball, not where it is: under a fastball that
        // rides (ball above the bat, D > 0), over a breaking or off-speed ball that drops (D < 0),
        // off by the fooled bias, N(bias, fooled). Most fooled swings miss; the ones that connect are
        // the pop-ups off high heat and the topped grounders off sliders. The fooled share makes
        // P(|D| > R) equal wD.
        double r = BatBallCollision.MAX_OFFSET_IN;
        // A fooled swing misses by the break the batter did not see, and break scales with the air's
        // density. The fooled share is set in the air the two players' 2025 rates were earned in (half
        // their games at home: a Rockie's whiffs came against pitches that broke less); the swing is
        // then played in this pitch's air, so in thin air hitters are as often fooled, but by less.
        double fooledOffset = fooledSide(pitch) * tuning.fooledBiasIn();
        double ratesAir = batter.ratesBreakScale() + pitcher.ratesBreakScale() - 1.0;
        double fooledMean = mean + fooledOffset * ratesAir;
        double fooledHereMean = mean + fooledOffset * LeagueAir.breakScale(pitch.airDensityKgPerM3());
        double tracked = trackedSigmaIn(batter);
        double missTracked = Normal.outside(mean, tracked, r);
        double missFooled = Normal.outside(fooledMean, tuning.fooledSigmaIn(), r);
        double fooled = Math.max(0.0, Math.min(1.0, (whiffHeight - missTracked) / (missFooled - missTracked)));
        // A fooled swing can only miss as often as its offset allows (about half the time over a
        // breaking ball): when even every swing fooled cannot give the height misses the whiff rate
        // asks for, the rest are timing misses, so the swing misses as often as intended.
        double heightMiss = missTracked + fooled * (missFooled - missTracked);
        double whiffTiming = Math.max(0.0, Math.min(0.99, 1 - (1 - whiff) / (1 - heightMiss)));
        double d = rng.nextDouble() < fooled
                ? fooledHereMean + tuning.fooledSigmaIn() * rng.nextGaussian()
                : mean + tracked * rng.nextGaussian();
        if (Math.abs(d) >= BatBallCollision.MAX_OFFSET_IN || !pitch.reachedPlate()) {
            return new SwingResult(SwingResult.Kind.WHIFF, null);
        }
        double pullSign = batter.bats() == Handedness.RIGHT ? -1.0 : 1.0;
        double insideFt = -pullSign * pitch.plateXFt();
        double timingSigmaMs = timingSigmaMs(batter, count);
        double timingErrorMs = timingSigmaMs * rng.nextGaussian();
        // Too early or too late by more than the barrel's window: the bat is not there.
        if (Math.abs(timingErrorMs) > timingSigmaMs * Normal.quantile(1 - whiffTiming / 2)) {
            return new SwingResult(SwingResult.Kind.WHIFF, null);
        }
        // Drawn at the count's spread for the whiff above; his direction narrows (or widens) it.
        double timingMs = direction.meanTimingMs(batter)
                + timingErrorMs * direction.spreadScale(batter, count.strikes() == 2, timingSigmaMs);
        // Inside pitches are met further out in front: the face points more to the pull side.
        double face = pullSign * (timingMs * tuning.faceDegPerMs() + 12.0 * insideFt);
        double alongBarrelIn = sweetSpotSigmaIn(batter, pitcher.contactAllowedZ()) * rng.nextGaussian();
        double q = Math.max(0.05, tuning.collisionEfficiency() - tuning.efficiencyLossPerIn2() * alongBarrelIn * alongBarrelIn);
        double batSpeed = deliveredBatSpeedMph(batter) * (1 + tuning.batSpeedSpread() * rng.nextGaussian()) * (count.strikes() == 2 ? 0.97 : 1.0)
                * (1 - 0.01 * alongBarrelIn) * contactDepth.speedFactor(timingMs);
        double attack = batter.attackAngleDeg() + 4.0 * rng.nextGaussian()
                - 3.0 * (pitch.plateZFt() - StrikeZone.CENTER_Z_FT);
        BattedBall ball = BatBallCollision.collide(new double[] {pitch.vxMph(), pitch.vyMph(), pitch.vzMph()},
                new double[] {pitch.spinXRadPerS(), pitch.spinYRadPerS(), pitch.spinZRadPerS()}, batSpeed, attack,
                face, d, q, tuning.friction(), pitch.plateZFt());
        if (ball == null || !ball.fair()) {
            return new SwingResult(SwingResult.Kind.FOUL, ball);
        }
        return new SwingResult(SwingResult.Kind.IN_PLAY, ball);
    }

    /**
     * The bat speed at impact of the batter's best contact: the league's, moved by how much harder
     * than the league he hit the hardest half of his 2025 batted balls (EV50), through the collision
     * equation EV = q v_pitch + (1 + q) v_bat at the same pitch speed. Bat tracking's average speed
     * over every competitive swing spreads hitters' exit velocities 1.45 times too wide (EV50 rises
     * 0.81 mph per mph of tracked bat speed over the 185 regulars, the collision says 1.18): swings
     * that are measured fast do not all meet the ball fast. What his EV50 owes to meeting the ball
     * more squarely than the league (his height offsets and impact points, {@link ContactEv50}) is
     * taken out first: the swing adds it back on every contact.
     */
    double deliveredBatSpeedMph(Hitter batter) {
        double squareness = contactEv50.shiftMph(batter, this);
        return LEAGUE_BAT_SPEED_MPH + (batter.ev50Mph() - LEAGUE_EV50_MPH - squareness) / (1 + tuning.collisionEfficiency());
    }

    /**
     * The spread of the swing's timing error: the league's, and with two strikes wider for a batter
     * who fouled off more of his 2025 contact than the league (the window for a miss widens with it,
     * so he does not whiff more: he fouls more off instead of putting the ball in play).
     */
    double timingSigmaMs(Hitter batter, Count count) {
        if (count.strikes() < 2) {
            return tuning.timingSigmaMs();
        }
        return tuning.timingSigmaMs()
                * Math.exp(tuning.twoStrikeTimingPerFoul() * (batter.foulsPerContact() - Hitter.LEAGUE_FOULS_PER_CONTACT));
    }

    /** The mean height offset D of a read swing at a pitch at the middle of the zone, in. */
    double meanOffsetIn(Hitter batter) {
        return tuning.offsetMeanIn() + tuning.offsetPerLaDeg() * (batter.avgLaunchAngleDeg() - LEAGUE_LA_DEG)
                - tuning.offsetPerAttackDeg() * (batter.attackAngleDeg() - LEAGUE_ATTACK_DEG);
    }

    /**
     * The spread of impact points along the barrel: the league's, narrowed (its variance reduced) in
     * proportion to how much more often than the league the batter squared the ball up in 2025 and
     * how much more often he barrelled it (the shape of the top of his EV and launch-angle
     * distribution), and by how much more often than the league hitters barrelled this pitcher's
     * pitches in 2025.
     */
    double sweetSpotSigmaIn(Hitter batter, double contactAllowedZ) {
        double league = tuning.sweetSpotSigmaIn();
        double variance = league * league
                - tuning.sweetSpotVarPerSquaredUp() * (batter.squaredUpPerContact() - LEAGUE_SQUARED_UP)
                - tuning.sweetSpotVarPerBarrelZ() * batter.barrelZ()
                - tuning.sweetSpotVarPerContactZ() * contactAllowedZ;
        return Math.sqrt(Math.max(MIN_SWEET_SPOT_SIGMA_IN * MIN_SWEET_SPOT_SIGMA_IN, variance));
    }

    /**
     * The spread of the height offset of a swing that read the pitch: the league's, in proportion to
     * how widely the batter's 2025 launch angles spread against the league's ({@link LaunchAngleSpread}:
     * a hitter with more of his balls in the sweet spot than his mean launch angle explains meets the
     * ball at a steadier height).
     */
    double trackedSigmaIn(Hitter batter) {
        return tuning.trackedSigmaIn() * batter.launchAngleSdDeg() / LaunchAngleSpread.LEAGUE_SD_DEG;
    }

    /** +1: the batter swings under the pitch (a fastball rides above his bat); -1: over it (it drops). */
    private static double fooledSide(PitchResult pitch) {
        return PitchTypeDefaults.family(pitch.spec().type()) == PitchFamily.FASTBALL ? 1.0 : -1.0;
    }

    private static double odds(double p) {
        double c = Math.max(0.01, Math.min(0.9, p));
        return c / (1 - c);
    }
}
