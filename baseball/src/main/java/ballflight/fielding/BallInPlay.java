package ballflight.fielding;

import ballflight.contact.BattedBall;
import ballflight.data.Defense;
import ballflight.data.Fielder;
import ballflight.data.Park;
import ballflight.engine.FlightSimulator;
import ballflight.model.FlightRequest;
import ballflight.model.FlightResult;
import ballflight.model.Launch;
import ballflight.pitch.FlightTimes;
import java.util.random.RandomGenerator;

/**
 * What happens to a fair batted ball: the kernel flies it in the park's air and the park's fence
 * is found where the ball crosses it ({@link FenceCrossing}); over the wall there is a home run;
 * a ball that meets the wall comes off it ({@link WallCarom}) and is played there; otherwise
 * fielders try to catch it (air balls) or cut it off and throw to first (ground balls), and a
 * ball nobody caught or stopped in the infield runs on along the grass until an outfielder has it
 * ({@link OutfieldRetrieval}): a single, double or triple by racing the batter around the bases
 * against the ball's trip back to the infield ({@link OutfieldThrow}).
 */
public final class BallInPlay {
    /** A ground-ball fielder gathers, sets and releases in this long, s. */
    static final double TRANSFER_S = 0.75;
    /** The throw to third meets a sliding runner: the tag, s. */
    static final double TAG_S = 0.4;
    /** Path samples for finding the wall: every 0.02 s, enough for the 15 s flight limit. */
    static final double PATH_INTERVAL_S = 0.02;
    static final int PATH_SAMPLES = (int) Math.ceil(15.0 / PATH_INTERVAL_S) + 2;

    private final FlightSimulator pathSim;
    private final double catchMarginS;
    private final double errorScale;
    private final FlightTimes times;

    public BallInPlay(FlightSimulator sim, double catchMarginS, double errorScale) {
        this(sim, catchMarginS, errorScale, new FlightTimes());
    }

    /** @param times receives the time and count of every batted ball flown here */
    public BallInPlay(FlightSimulator sim, double catchMarginS, double errorScale, FlightTimes times) {
        this.pathSim = sim.recordingPath(PATH_SAMPLES, PATH_INTERVAL_S);
        this.catchMarginS = catchMarginS;
        this.errorScale = errorScale;
        this.times = times;
    }

    public PlayResult resolve(BattedBall ball, Park park, Defense defense, double runnerSprintFtPerS,
                              RandomGenerator rng) {
        Launch l = ball.launch();
        BattedBallType type = BattedBallType.of(l.launchAngleDeg());
        long t0 = System.nanoTime();
        // No fence for the kernel: the wall is found on the path, at the angle where the ball crosses it.
        FlightResult r = pathSim.fly(new FlightRequest(l.toInitialState(), park.atmosphere(), park.wind(), null, Double.NaN));
        times.add(FlightTimes.Kind.BATTED_BALL, System.nanoTime() - t0, 1);
        FenceCrossing wall = FenceCrossing.find(r.path(), park);
        if (wall != null && wall.clears()) {
            return wall.fair() ? new PlayResult(PaOutcome.HR, type, r) : PlayResult.foulBall(type, r);
        }
        if (type == BattedBallType.GB) {
            return new PlayResult(groundBall(r, park, defense, runnerSprintFtPerS, rng), type, r);
        }
        if (wall != null) {
            if (!wall.fair()) {
                return PlayResult.foulBall(type, r); // off the wall (or the stands) beyond the foul pole
            }
            WallCarom carom = WallCarom.off(wall);
            // The rebound's direction and speed are known only once it happens (padding, seams, the
            // angle the ball came in at): the fielders react to it again.
            RollingBall back = RollingBall.offWall(carom.xFt(), carom.yFt(), carom.timeS(), carom.groundSpeedFtPerS());
            return new PlayResult(extraBases(back, true, defense, runnerSprintFtPerS), type, r, carom);
        }
        if (landsFoul(r)) {
            // Launched fair, but sidespin curved it into foul ground: a catch is an out, otherwise a
            // foul ball. A dropped foul is just a foul, so no error roll.
            Fielder f = AirBallFielding.catcher(r, l.launchAngleDeg(), l.contactHeightFt(), defense, catchMarginS);
            if (f == null) {
                return PlayResult.foulBall(type, r);
            }
            return new PlayResult(type == BattedBallType.PU || isInfield(f) ? PaOutcome.PO : PaOutcome.FO, type, r);
        }
        Fielder f = AirBallFielding.catcher(r, l.launchAngleDeg(), l.contactHeightFt(), defense, catchMarginS);
        if (f != null) {
            if (error(f, rng)) {
                return new PlayResult(PaOutcome.E, type, r);
            }
            PaOutcome out = switch (type) {
                case LD -> PaOutcome.LO;
                case PU -> PaOutcome.PO;
                default -> isInfield(f) ? PaOutcome.PO : PaOutcome.FO;
            };
            return new PlayResult(out, type, r);
        }
        return new PlayResult(extraBases(intoOutfield(r, park), false, defense, runnerSprintFtPerS), type, r);
    }

    private PaOutcome groundBall(FlightResult r, Park park, Defense d, double sprint, RandomGenerator rng) {
        GroundBallFielding.Stop stop = GroundBallFielding.field(r, d);
        if (stop == null) {
            // Through the infield: the outfield plays it (down the line into the corner, a double).
            return extraBases(intoOutfield(r, park), false, d, sprint);
        }
        Fielder f = stop.fielder();
        double[] at = stop.at();
        double toFirst = "1B".equals(f.spot().position())
                ? Bases.distance(at[0], at[1], Bases.FIRST) / f.skill().sprintSpeedFtPerS() + 0.2
                : TRANSFER_S + Bases.distance(at[0], at[1], Bases.FIRST)
                        / InfieldThrow.speedFtPerS(f.skill().armMph());
        double ballAtFirst = at[2] + toFirst;
        if (ballAtFirst >= Bases.runnerTimeS(1, sprint)) {
            return PaOutcome.SINGLE;
        }
        return error(f, rng) ? PaOutcome.E : PaOutcome.GO;
    }

    /**
     * Fair or foul by where an air ball first lands or meets the wall, as the rules judge a ball that
     * lands beyond first or third base: outside the foul lines (|angle| > 45 degrees from the line to
     * second base).
     */
    static boolean landsFoul(FlightResult r) {
        double distFt = Math.hypot(r.landingXFt(), r.landingYFt());
        return distFt > Bases.BASE_PATH_FT && Math.abs(Math.toDegrees(Math.atan2(r.landingXFt(), r.landingYFt()))) > 45.0;
    }

    /** A ball that came down fair and was not caught: from its first bounce it runs on toward the fence. */
    private static RollingBall intoOutfield(FlightResult r, Park park) {
        double x = r.landingXFt();
        double y = r.landingYFt();
        return RollingBall.intoOutfield(x, y, r.hangTimeS(), RollingBall.groundSpeedFtPerS(r),
                park.fenceDistanceFt(Math.toDegrees(Math.atan2(x, y))));
    }

    /**
     * Single, double or triple for a ball in the outfield: the batter takes a base when he gets
     * there before the throw can.
     *
     * @param carom a ball off the wall (the fielders read its rebound first)
     */
    private static PaOutcome extraBases(RollingBall ball, boolean carom, Defense d, double sprint) {
        OutfieldRetrieval got = OutfieldRetrieval.of(ball, d.outfielders(), carom);
        if (got == null) {
            return PaOutcome.SINGLE;
        }
        OutfieldThrow toInfield = OutfieldThrow.by(got.fielder(), got.xFt(), got.yFt(), got.reachedS());
        if (Bases.runnerTimeS(3, sprint) < toInfield.ballAtS(Bases.THIRD) + TAG_S) {
            return PaOutcome.TRIPLE;
        }
        if (Bases.runnerTimeS(2, sprint) < toInfield.ballAtS(Bases.SECOND)) {
            return PaOutcome.DOUBLE;
        }
        return PaOutcome.SINGLE;
    }

    private boolean error(Fielder f, RandomGenerator rng) {
        return rng.nextDouble() < (1.0 - f.skill().fieldingPct()) * errorScale;
    }

    private static boolean isInfield(Fielder f) {
        return switch (f.spot().position()) {
            case "1B", "2B", "3B", "SS", "P" -> true;
            default -> false;
        };
    }
}
