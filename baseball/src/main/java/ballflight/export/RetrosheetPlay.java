package ballflight.export;

import ballflight.data.Defense;
import ballflight.fielding.GroundBallFielding;
import ballflight.fielding.PaOutcome;
import ballflight.game.Landing;
import ballflight.game.PlateAppearanceEnd;
import ballflight.game.PlateAppearanceStart;
import ballflight.game.Runner;
import java.util.List;

/**
 * The event text of a Retrosheet {@code play} record for one plate appearance: the basic play
 * with the fielders who handled the ball (by position number), the batted-ball type modifier and
 * the runners' advances. Every run carries its RBI credit as the box score has it ({@code (RBI)}
 * or {@code (NR)}) and unearned runs are marked {@code (UR)}, so Chadwick's defaults never decide.
 */
final class RetrosheetPlay {
    private RetrosheetPlay() {
    }

    /** Retrosheet's position numbers: 1 P ... 9 RF, 10 DH. */
    static int position(String pos) {
        return switch (pos) {
            case "P" -> 1;
            case "C" -> 2;
            case "1B" -> 3;
            case "2B" -> 4;
            case "3B" -> 5;
            case "SS" -> 6;
            case "LF" -> 7;
            case "CF" -> 8;
            case "RF" -> 9;
            case "DH" -> 10;
            default -> throw new IllegalArgumentException("no Retrosheet position for " + pos);
        };
    }

    static String event(PlateAppearanceStart s, PlateAppearanceEnd e, Defense defense) {
        PaOutcome o = e.atBat().result().outcome();
        Landing l = e.atBat().landing();
        String type = e.atBat().result().type() == null ? "" : switch (e.atBat().result().type()) {
            case GB -> "G";
            case LD -> "L";
            case FB -> "F";
            case PU -> "P";
        };
        StringBuilder t = new StringBuilder();
        switch (o) {
            case K -> t.append('K');
            case BB -> t.append('W');
            case HBP -> t.append("HP");
            case HR -> t.append("HR/").append(type);
            case SINGLE -> t.append('S').append(nearest(defense, l)).append('/').append(type);
            case DOUBLE -> t.append('D').append(nearest(defense, l)).append('/').append(type);
            case TRIPLE -> t.append('T').append(nearest(defense, l)).append('/').append(type);
            case E -> t.append('E').append(nearest(defense, l)).append('/').append(type);
            case FO, LO, PO -> {
                t.append(nearest(defense, l));
                if (e.play().sacrificeFly()) {
                    t.append("/SF");
                }
                t.append('/').append(type);
            }
            case GO -> {
                int f = groundFielder(defense, l);
                int pivot = f == 3 || f == 4 ? 6 : 4;
                if (e.play().doublePlay()) {
                    t.append(f).append(pivot).append("(1)").append(f == 3 ? 1 : 3).append("/GDP");
                } else if (e.play().batterReached()) {
                    t.append(f).append(pivot).append("(1)/FO/G");
                } else {
                    t.append(f == 3 ? "3" : f + "3").append("/G");
                }
            }
        }
        advances(t, s, e);
        return t.toString();
    }

    /** Runners' moves, lead runner first: scored (with RBI and earned credit) or a base further on. */
    private static void advances(StringBuilder t, PlateAppearanceStart s, PlateAppearanceEnd e) {
        int[] to = destinations(s, e);
        char sep = '.';
        for (int base = 3; base >= 1; base--) {
            Runner r = s.on(base);
            if (r == null) {
                continue;
            }
            String move = null;
            if (contains(e.scored(), r)) {
                move = base + "-H" + (r.earned() ? "" : "(UR)") + (e.rbi() > 0 ? "(RBI)" : "(NR)");
            } else if (to[base] > base) {
                move = base + "-" + to[base];
            }
            if (move != null) {
                t.append(sep).append(move);
                sep = ';';
            }
        }
        if (to[0] > 0) {
            t.append(sep).append("B-").append(to[0]);
        }
    }

    /**
     * Where each runner (index = his base before the play; 0 = the batter, only when he must be
     * written) stands afterwards: the engine's bases, except after a walk-off that is not a home
     * run. Then only the winning run counts, and the runners who would also have scored are held
     * at the highest bases nobody ahead of them took (and the batter below them, as scorers
     * credit only the bases the winning run needed), since Chadwick rejects a runner overtaken.
     */
    private static int[] destinations(PlateAppearanceStart s, PlateAppearanceEnd e) {
        int[] to = new int[4];
        if (e.outs() >= 3) {
            return to;
        }
        boolean walkOff = e.play().scored().size() > e.scored().size();
        int below = 4;
        for (int base = 3; base >= 1; base--) {
            Runner r = s.on(base);
            if (r == null || contains(e.scored(), r)) {
                continue;
            }
            int now = contains(e.play().scored(), r) ? 3 : baseOf(e, r);
            if (walkOff && now > 0) {
                now = Math.max(base, Math.min(now, below - 1));
                below = now;
            }
            to[base] = now;
        }
        if (walkOff) {
            int batter = defaultBatterBase(e.atBat().result().outcome());
            if (batter >= below) {
                to[0] = below - 1;
            }
        }
        return to;
    }

    private static int defaultBatterBase(PaOutcome o) {
        return switch (o) {
            case DOUBLE -> 2;
            case TRIPLE -> 3;
            default -> 1;
        };
    }

    private static boolean contains(List<Runner> runners, Runner r) {
        for (Runner x : runners) {
            if (x.hitter() == r.hitter()) {
                return true;
            }
        }
        return false;
    }

    private static int baseOf(PlateAppearanceEnd e, Runner r) {
        for (int b = 1; b <= 3; b++) {
            Runner x = e.on(b);
            if (x != null && x.hitter() == r.hitter()) {
                return b;
            }
        }
        return 0;
    }

    /** Who gloved a ground ball: the fielding model's fielder, else the nearest infielder (as the runners do). */
    private static int groundFielder(Defense d, Landing l) {
        GroundBallFielding.Stop stop = GroundBallFielding.field(l.xFt(), l.yFt(), l.hangTimeS(), l.groundSpeedFtPerS(), d);
        return stop != null ? position(stop.fielder().spot().position()) : position(Defense.nearest(d.infielders(), l.xFt(), l.yFt()).spot().position());
    }

    /** The fielder nearest to where the ball came down (its hit location). */
    private static int nearest(Defense d, Landing l) {
        return l == null ? 8 : position(Defense.nearest(d.fielders(), l.xFt(), l.yFt()).spot().position());
    }
}
