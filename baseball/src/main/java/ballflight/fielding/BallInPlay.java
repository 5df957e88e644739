package ballflight.fielding;

import ballflight.contact.BattedBall;
import ballflight.data.Defense;
import ballflight.data.Fielder;
import ballflight.data.Park;
import ballflight.engine.FlightSimulator;
import ballflight.model.FlightRequest;
import ballflight.model.FlightResult;
import ballflight.model.Launch;
import ballflight.model.Wind;
import ballflight.pitch.FlightTimes;
import java.util.random.RandomGenerator;

/**
 * What happens to a fair batted ball: the kernel flies it in the park's air with the park's fence
 * on its spray line; over the fence is a home run; otherwise fielders try to catch it (air balls)
 * or cut it off and throw to first (ground balls), and an uncaught ball becomes a single, double
 * or triple by racing the batter around the bases against the ball's trip back to the infield.
 */
public final class BallInPlay {
    /** A ground-ball fielder gathers, sets and releases in this long, s. */
    static final double TRANSFER_S = 0.75;
    /** An outfielder picking up a ball that got past or rolled away, s. */
    static final double PICKUP_S = 1.0;

    private final FlightSimulator sim;
    private final double catchMarginS;
    private final double errorScale;
    private final FlightTimes times;

    public BallInPlay(FlightSimulator sim, double catchMarginS, double errorScale) {
        this(sim, catchMarginS, errorScale, new FlightTimes());
    }

    /** @param times receives the time and count of every batted ball flown here */
    public BallInPlay(FlightSimulator sim, double catchMarginS, double errorScale, FlightTimes times) {
        this.sim = sim;
        this.catchMarginS = catchMarginS;
        this.errorScale = errorScale;
        this.times = times;
    }

    public PlayResult resolve(BattedBall ball, Park park, Defense defense, double runnerSprintFtPerS,
                              RandomGenerator rng) {
        Launch l = ball.launch();
        BattedBallType type = BattedBallType.of(l.launchAngleDeg());
        long t0 = System.nanoTime();
        FlightResult r = sim.fly(new FlightRequest(l.toInitialState(), park.atmosphere(), Wind.CALM,
                park.fenceAt(l.sprayAngleDeg()), Double.NaN));
        times.add(FlightTimes.Kind.BATTED_BALL, System.nanoTime() - t0, 1);
        if (r.clearsFence()) {
            return new PlayResult(PaOutcome.HR, type, r);
        }
        boolean offTheWall = !Double.isNaN(r.heightAtFenceFt());
        if (type == BattedBallType.GB) {
            return new PlayResult(groundBall(r, defense, runnerSprintFtPerS, rng), type, r);
        }
        if (landsFoul(r)) {
            // Launched fair, but sidespin curved it into foul ground (or against the wall there): a catch
            // is an out, otherwise a foul ball. A dropped foul is just a foul, so no error roll.
            Fielder f = AirBallFielding.catcher(r, l.launchAngleDeg(), l.contactHeightFt(), defense, catchMarginS);
            if (f == null) {
                return PlayResult.foulBall(type, r);
            }
            return new PlayResult(type == BattedBallType.PU || isInfield(f) ? PaOutcome.PO : PaOutcome.FO, type, r);
        }
        if (!offTheWall) {
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
        }
        return new PlayResult(extraBases(r, defense, runnerSprintFtPerS, offTheWall), type, r);
    }

    private PaOutcome groundBall(FlightResult r, Defense d, double sprint, RandomGenerator rng) {
        GroundBallFielding.Stop stop = GroundBallFielding.field(r, d);
        if (stop == null) {
            return PaOutcome.SINGLE;
        }
        Fielder f = stop.fielder();
        double[] at = stop.at();
        double toFirst = "1B".equals(f.spot().position())
                ? Bases.distance(at[0], at[1], Bases.FIRST) / f.skill().sprintSpeedFtPerS() + 0.2
                : TRANSFER_S + Bases.distance(at[0], at[1], Bases.FIRST) / FielderRange.throwFtPerS(f);
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

    /** Single, double or triple: the batter takes a base when he gets there before the ball can. */
    private static PaOutcome extraBases(FlightResult r, Defense d, double sprint, boolean offTheWall) {
        Fielder nearest = null;
        double reach = Double.POSITIVE_INFINITY;
        for (Fielder f : d.outfielders()) {
            double t = FielderRange.timeToReachS(f, r.landingXFt(), r.landingYFt());
            if (t < reach) {
                reach = t;
                nearest = f;
            }
        }
        if (nearest == null) {
            return PaOutcome.SINGLE;
        }
        // The ball is picked up where it landed (or under the wall), after it arrives and the fielder does.
        double x = r.landingXFt();
        double y = r.landingYFt();
        double fielded = Math.max(r.hangTimeS(), reach) + (reach > r.hangTimeS() ? PICKUP_S : 0.3)
                + (offTheWall ? 0.8 : 0.0);
        double throwSpeed = FielderRange.throwFtPerS(nearest);
        double atSecond = fielded + 0.6 + Bases.distance(x, y, Bases.SECOND) / throwSpeed;
        double atThird = fielded + 0.6 + Bases.distance(x, y, Bases.THIRD) / throwSpeed + 0.4;
        if (Bases.runnerTimeS(3, sprint) < atThird) {
            return PaOutcome.TRIPLE;
        }
        if (Bases.runnerTimeS(2, sprint) < atSecond) {
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
