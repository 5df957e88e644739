package ballflight.game;

import ballflight.data.Defense;
import ballflight.data.Fielder;
import ballflight.fielding.Bases;
import ballflight.fielding.GroundBallFielding;
import ballflight.fielding.InfieldThrow;
import ballflight.fielding.OutfieldThrow;
import ballflight.fielding.PaOutcome;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves the runners after a plate appearance. Forced runners always advance; every optional
 * advance (first to third, scoring from second or first, tagging up, scoring on a ground ball)
 * races the runner's time on the bases, from his sprint speed, against the ball: where it came
 * down, when the nearest fielder has it, and his throw. Runners only go when the race says safe,
 * so they are never thrown out trying (a simplification). Deterministic: no random draws.
 */
public final class Baserunning {
    /** Average speed between bases as a fraction of top speed (the same pace the fielding model uses). */
    static final double PACE = 0.95;
    /** Secondary lead: how far off the bag a runner is when the ball is hit, ft. */
    static final double LEAD_FT = 10.0;
    /** With fewer than two outs a runner waits to see whether a fly ball drops, s. */
    static final double READ_S = 0.5;
    /** A runner tagging up leaves at the catch and needs this to get going, s. */
    static final double TAG_START_S = 0.2;
    /** Infielder gathers and releases, s. */
    static final double INFIELD_TRANSFER_S = 0.75;
    /** Pivot at second on a double play (catch, footwork around the runner, release), s. */
    static final double PIVOT_S = 0.75;
    /** Feeds to second from closer than this are flips or soft tosses, ft, at {@link #FLIP_FTPS}. */
    static final double FLIP_FT = 70.0;
    static final double FLIP_FTPS = 70.0;
    /** Past this distance a ball came down in the outfield, ft. */
    static final double OUTFIELD_FT = 150.0;
    /** Where outfielders cut off ground balls that got through, ft from home. */
    static final double CUTOFF_DEPTH_FT = 250.0;
    /** A runner only tries for the extra base when he expects to beat the throw by this much, s. */
    static final double SAFETY_S = 0.2;
    /** Extra time per second a fielder is late to a ball that fell in: it kept rolling. */
    static final double CHASE_SHARE = 0.3;
    /** A ground ball landing in the infield slower than this (ft/s) did not get through. */
    static final double INFIELD_HIT_SPEED_FTPS = 40.0;
    static final double[] HOME = {0.0, 0.0};

    private final Defense defense;

    public Baserunning(Defense defense) {
        this.defense = defense;
    }

    /**
     * Applies the play to {@code s} (runners and outs) and reports what happened. {@code landing}
     * may be null only for outcomes without a ball in play (K, BB, HBP, HR).
     */
    public PlayOutcome resolve(BaseState s, Runner batter, PaOutcome outcome, Landing landing) {
        return switch (outcome) {
            case K -> out(s, 1);
            case BB, HBP -> forced(s, batter);
            case HR -> homeRun(s, batter);
            case TRIPLE -> triple(s, batter);
            case DOUBLE -> doubled(s, batter, landing);
            case SINGLE -> single(s, batter, landing);
            case GO -> groundOut(s, batter, landing);
            case FO -> flyOut(s, landing, true);
            case LO, PO -> flyOut(s, landing, false);
            case E -> error(s, batter);
        };
    }

    private static PlayOutcome out(BaseState s, int n) {
        s.outs += n;
        return new PlayOutcome(List.of(), n, false, false, false);
    }

    /** Walk, hit batter: only forced runners move. */
    static PlayOutcome forced(BaseState s, Runner batter) {
        List<Runner> scored = new ArrayList<>();
        if (s.on(1) != null) {
            if (s.on(2) != null) {
                if (s.on(3) != null) {
                    scored.add(s.on(3));
                }
                s.put(3, s.on(2));
            }
            s.put(2, s.on(1));
        }
        s.put(1, batter);
        return new PlayOutcome(scored, 0, false, false, true);
    }

    private static PlayOutcome homeRun(BaseState s, Runner batter) {
        List<Runner> scored = new ArrayList<>();
        for (int b = 3; b >= 1; b--) {
            if (s.on(b) != null) {
                scored.add(s.on(b));
                s.put(b, null);
            }
        }
        scored.add(batter);
        return new PlayOutcome(scored, 0, false, false, true);
    }

    private static PlayOutcome triple(BaseState s, Runner batter) {
        List<Runner> scored = new ArrayList<>();
        for (int b = 3; b >= 1; b--) {
            if (s.on(b) != null) {
                scored.add(s.on(b));
                s.put(b, null);
            }
        }
        s.put(3, batter);
        return new PlayOutcome(scored, 0, false, false, true);
    }

    private PlayOutcome doubled(BaseState s, Runner batter, Landing l) {
        List<Runner> scored = new ArrayList<>();
        for (int b = 3; b >= 2; b--) {
            if (s.on(b) != null) {
                scored.add(s.on(b));
                s.put(b, null);
            }
        }
        Runner first = s.on(1);
        s.put(1, null);
        if (first != null) {
            OutfieldThrow ball = outfieldRelay(l);
            // From first around to home: 270 ft.
            if (runnerTime(first, 270.0, s.outs) + SAFETY_S < ball.ballAtS(HOME)) {
                scored.add(first);
            } else {
                s.put(3, first);
            }
        }
        s.put(2, batter);
        return new PlayOutcome(scored, 0, false, false, true);
    }

    private PlayOutcome single(BaseState s, Runner batter, Landing l) {
        // A slow roller that never left the infield is an infield hit: only forced runners move.
        if (l == null || l.distanceFt() < OUTFIELD_FT && l.groundSpeedFtPerS() < INFIELD_HIT_SPEED_FTPS) {
            return forced(s, batter);
        }
        List<Runner> scored = new ArrayList<>();
        if (s.on(3) != null) {
            scored.add(s.on(3));
            s.put(3, null);
        }
        OutfieldThrow ball = outfieldRelay(l);
        Runner second = s.on(2);
        s.put(2, null);
        if (second != null) {
            if (runnerTime(second, 180.0, s.outs) + SAFETY_S < ball.ballAtS(HOME)) {
                scored.add(second);
            } else {
                s.put(3, second);
            }
        }
        Runner first = s.on(1);
        s.put(1, null);
        if (first != null) {
            boolean third = s.on(3) == null && runnerTime(first, 180.0, s.outs) + SAFETY_S < ball.ballAtS(Bases.THIRD);
            s.put(third ? 3 : 2, first);
        }
        s.put(1, batter);
        return new PlayOutcome(scored, 0, false, false, true);
    }

    private PlayOutcome groundOut(BaseState s, Runner batter, Landing l) {
        if (s.outs == 2) {
            return out(s, 1);
        }
        // Where and when the infielder gloved it (the play the engine judged an out); a ball the
        // ground model lets through was still stopped (an engine out): at the nearest fielder's spot.
        GroundBallFielding.Stop stop = GroundBallFielding.field(l.xFt(), l.yFt(), l.hangTimeS(),
                l.groundSpeedFtPerS(), defense);
        Fielder f = stop != null ? stop.fielder() : Defense.nearest(defense.infielders(), l.xFt(), l.yFt());
        double fx = stop != null ? stop.at()[0] : f.spot().xFt();
        double fy = stop != null ? stop.at()[1] : f.spot().yFt();
        double reached = stop != null ? stop.at()[2] : l.hangTimeS() + 1.0;
        double release = reached + INFIELD_TRANSFER_S;
        double throwFtPerS = InfieldThrow.speedFtPerS(f.skill().armMph());
        double batterAtFirst = Bases.runnerTimeS(1, batter.hitter().sprintSpeedFtPerS());
        List<Runner> scored = new ArrayList<>();
        Runner first = s.on(1);
        if (first != null) {
            double feedFt = dist(fx, fy, Bases.SECOND);
            // Short feeds are flips and soft tosses the pivot man can handle, not full-speed throws.
            double ballAtSecond = release + feedFt / (feedFt < FLIP_FT ? FLIP_FTPS : throwFtPerS);
            double relay = ballAtSecond + PIVOT_S + Bases.BASE_PATH_FT / throwFtPerS;
            // Forced runners go on contact from a lead of about 12 ft.
            double runnerAtSecond = 0.3 + (Bases.BASE_PATH_FT - 12.0) / (PACE * first.hitter().sprintSpeedFtPerS());
            if (relay < batterAtFirst && ballAtSecond < runnerAtSecond) {
                s.put(1, null);
                s.outs += 2;
                advanceForced(s, scored);
                return new PlayOutcome(s.outs >= 3 ? List.of() : scored, 2, true, false, false);
            }
            if (ballAtSecond < runnerAtSecond) {
                // Fielder's choice: the lead runner is forced at second, the batter is safe at first
                // and takes over the forced runner's pitcher (rule 9.16(g): a reliever is not charged
                // with a runner who only replaced one he inherited).
                s.put(1, null);
                s.outs += 1;
                advanceForced(s, scored);
                s.put(1, new Runner(batter.hitter(), first.responsiblePitcher(), batter.earned()));
                return new PlayOutcome(scored, 1, false, false, true);
            }
        }
        // The batter is out at first; the others move up when they can.
        s.outs += 1;
        Runner third = s.on(3);
        if (third != null) {
            boolean forcedHome = s.on(1) != null && s.on(2) != null;
            double ballHome = release + dist(fx, fy, HOME) / throwFtPerS;
            double run = 0.3 + Bases.BASE_PATH_FT / (PACE * third.hitter().sprintSpeedFtPerS());
            if (forcedHome || run + SAFETY_S < ballHome) {
                scored.add(third);
                s.put(3, null);
            }
        }
        Runner second = s.on(2);
        if (second != null && s.on(3) == null && (s.on(1) != null || l.sprayDeg() > -5.0)) {
            s.put(3, second);
            s.put(2, null);
        }
        if (s.on(1) != null && s.on(2) == null) {
            s.put(2, s.on(1));
            s.put(1, null);
        }
        return new PlayOutcome(scored, 1, false, false, false);
    }

    /**
     * After the runner from first is forced out at second: the runner on second was forced too
     * and takes third; the runner on third was forced only with the bases loaded and scores.
     */
    private static void advanceForced(BaseState s, List<Runner> scored) {
        if (s.on(2) != null) {
            if (s.on(3) != null) {
                scored.add(s.on(3));
            }
            s.put(3, s.on(2));
            s.put(2, null);
        }
    }

    private PlayOutcome flyOut(BaseState s, Landing l, boolean canTag) {
        s.outs += 1;
        if (s.outs >= 3 || !canTag || l == null || l.distanceFt() < OUTFIELD_FT) {
            return new PlayOutcome(List.of(), 1, false, false, false);
        }
        Fielder f = Defense.nearest(defense.outfielders(), l.xFt(), l.yFt());
        double throwFtPerS = OutfieldThrow.speedFtPerS(f);
        List<Runner> scored = new ArrayList<>();
        Runner third = s.on(3);
        // Both clocks start at the catch.
        if (third != null
                && tagTime(third) + SAFETY_S < OutfieldThrow.RELEASE_S + dist(l.xFt(), l.yFt(), HOME) / throwFtPerS) {
            scored.add(third);
            s.put(3, null);
        }
        Runner second = s.on(2);
        if (second != null && s.on(3) == null
                && tagTime(second) + SAFETY_S < OutfieldThrow.RELEASE_S + dist(l.xFt(), l.yFt(), Bases.THIRD) / throwFtPerS) {
            s.put(3, second);
            s.put(2, null);
        }
        return new PlayOutcome(scored, 1, false, !scored.isEmpty(), false);
    }

    /** Reached on an error: everyone moves up one base; the batter's run would be unearned. */
    private static PlayOutcome error(BaseState s, Runner batter) {
        List<Runner> scored = new ArrayList<>();
        if (s.on(3) != null) {
            scored.add(s.on(3));
        }
        s.put(3, s.on(2));
        s.put(2, s.on(1));
        s.put(1, new Runner(batter.hitter(), batter.responsiblePitcher(), false));
        return new PlayOutcome(scored, 0, false, false, true);
    }

    private static double tagTime(Runner r) {
        return TAG_START_S + Bases.BASE_PATH_FT / (PACE * r.hitter().sprintSpeedFtPerS());
    }

    /** Time for a runner already on base to cover {@code feet} (counted from the bag) after contact. */
    static double runnerTime(Runner r, double feet, int outs) {
        return (outs == 2 ? 0.0 : READ_S) + (feet - LEAD_FT) / (PACE * r.hitter().sprintSpeedFtPerS());
    }

    /** The nearest outfielder fields a hit where it came down, or cuts off a ground ball that got through. */
    OutfieldThrow outfieldRelay(Landing l) {
        double x = l.xFt();
        double y = l.yFt();
        double arrive = l.hangTimeS();
        if (l.distanceFt() < CUTOFF_DEPTH_FT) {
            double d = Math.max(1.0, l.distanceFt());
            double roll = (CUTOFF_DEPTH_FT - d) / Math.max(30.0, 0.6 * l.groundSpeedFtPerS());
            x = x / d * CUTOFF_DEPTH_FT;
            y = y / d * CUTOFF_DEPTH_FT;
            arrive += roll;
        }
        Fielder f = Defense.nearest(defense.outfielders(), x, y);
        double reach = f.skill().reactionS() + dist(x, y, new double[] {f.spot().xFt(), f.spot().yFt()})
                / (f.skill().sprintSpeedFtPerS() * f.skill().routeEfficiency());
        // A fielder who gets there late chases a ball still rolling away from him.
        double fielded = reach > arrive ? reach + 0.6 + CHASE_SHARE * (reach - arrive) : arrive + 0.2;
        return OutfieldThrow.by(f, x, y, fielded);
    }

    static double dist(double x, double y, double[] base) {
        return Math.hypot(x - base[0], y - base[1]);
    }
}
