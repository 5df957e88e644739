package ballflight.game;

import ballflight.data.Defense;
import ballflight.data.Hitter;
import ballflight.data.Park;
import ballflight.data.Pitcher;
import ballflight.fielding.InfieldThrow;
import ballflight.fielding.Shading;
import ballflight.fielding.PaOutcome;
import ballflight.pa.PaStats;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * One game under the 2025 rules: nine innings, designated hitters on both sides, an automatic
 * runner on second from the 10th inning, no bottom of the 9th (or later) when the home team leads,
 * and a walk-off ends the game at once (only the winning run counts unless it is a home run).
 * Who pitches follows the team's season plan ({@link PitchingPlan}: starts, bullpen order, closer
 * and setup man from 2025 usage). Starters go until their pitch limit (the league's 87-99, drawn
 * per game, scaled by their 2025 innings per start) or until hit hard (6 runs, or 4 in an inning);
 * relievers pitch their 2025 innings per appearance (at least one, 35 pitches an inning at most);
 * with a lead of 1-3 the setup man takes the 8th and the closer the 9th. Fast runners steal second.
 * Deterministic: the same inputs and generator state give the same game.
 */
public final class Game {
    /** A game still tied after this many innings is reported as a failure (never seen in practice). */
    public static final int MAX_INNINGS = 40;
    /** With 87-99, starters go 5.68 innings per start against their 2025 5.62 (88-100: 5.73). */
    static final int STARTER_MIN_PITCHES = 87;
    static final int STARTER_PITCH_SPREAD = 13;
    static final int STARTER_MAX_RUNS = 6;
    static final int STARTER_MAX_INNING_RUNS = 4;
    static final int RELIEVER_MAX_PITCHES = 35;
    /** Outs the depth arm may get: the rest of any game. */
    static final int DEPTH_ARM_OUTS = 3 * 30;
    /** Steal race: a league-average pitcher's delivery to the plate, s (per pitcher: {@link HoldingRunners}). */
    static final double DELIVERY_S = 1.40;
    /** Catcher's catch-and-release, s. */
    static final double CATCHER_EXCHANGE_S = 0.75;
    /** Spread of the steal race outcome (jump, throw accuracy), s. */
    static final double STEAL_SPREAD_S = 0.15;
    /** Catcher to second base, ft. */
    static final double CATCHER_THROW_FT = 127.3;

    private final AtBatSource source;

    public Game(AtBatSource source) {
        this.source = source;
    }

    /**
     * @param awayGame the visitors' game number this season (0-based): picks the starter and bullpen order
     * @param homeGame the home team's game number
     */
    public GameResult play(TeamRoster away, TeamRoster home, int awayGame, int homeGame, Park park,
                           RandomGenerator rng, boolean playByPlay) {
        return play(away, home, awayGame, homeGame, park, rng, playByPlay, null);
    }

    /**
     * The same game, told to {@code listener} as it happens (null: nobody listens). The listener
     * changes nothing: the same inputs and generator state give the same game.
     */
    public GameResult play(TeamRoster away, TeamRoster home, int awayGame, int homeGame, Park park,
                           RandomGenerator rng, boolean playByPlay, GameListener listener) {
        Side a = new Side(away, awayGame, rng);
        Side h = new Side(home, homeGame, rng);
        List<String> plays = new ArrayList<>();
        PaStats stats = new PaStats();
        if (listener != null) {
            listener.gameStart(away, home, a.lineup, h.lineup, a.pitching().pitcher, h.pitching().pitcher, park);
        }
        Half half = new Half(park, rng, playByPlay ? plays : null, stats, a, h, listener);
        for (int inning = 1; ; inning++) {
            if (inning > MAX_INNINGS) {
                throw new IllegalStateException("still tied after " + MAX_INNINGS + " innings");
            }
            half.play(inning, true, a, h);
            if (inning >= 9 && h.runs() > a.runs()) {
                break;
            }
            half.play(inning, false, h, a);
            if (inning >= 9 && h.runs() != a.runs()) {
                break;
            }
        }
        decide(a, h);
        return new GameResult(away.team(), home.team(), park.venue(), List.copyOf(a.innings), List.copyOf(h.innings),
                a.hits, h.hits, a.errors, h.errors, a.batting(), h.batting(), a.pitchingLines(), h.pitchingLines(),
                plays, stats);
    }

    /**
     * Decisions, simplified: the win to the winning starter if he got 15 outs, else to the first
     * reliever; the loss to the losing pitcher charged with the most runs (the starter on ties).
     */
    private static void decide(Side a, Side h) {
        Side win = h.runs() > a.runs() ? h : a;
        Side lose = win == h ? a : h;
        PitchingLine starter = win.pitchers.get(0).line;
        PitchingLine w = starter.outs >= 15 ? starter : win.pitchers.get(win.pitchers.size() > 1 ? 1 : 0).line;
        w.wins = 1;
        PitchingLine l = lose.pitchers.get(0).line;
        for (Pitching p : lose.pitchers) {
            if (p.line.r > l.r) {
                l = p.line;
            }
        }
        l.losses = 1;
    }

    /** A pitcher in the game with his line. */
    private static final class Pitching {
        final Pitcher pitcher;
        final PitchingLine line;
        final boolean starter;
        int inningRuns;

        Pitching(Pitcher pitcher, String team, boolean starter) {
            this.pitcher = pitcher;
            this.line = new PitchingLine(pitcher.name(), team);
            this.starter = starter;
            line.games = 1;
            line.starts = starter ? 1 : 0;
        }
    }

    /** One team's state during the game. */
    private static final class Side {
        final TeamRoster roster;
        final GameLineup lineup;
        final Defense defense;
        final Baserunning running;
        final BattingLine[] lines = new BattingLine[9];
        final List<Pitching> pitchers = new ArrayList<>();
        final List<Integer> innings = new ArrayList<>();
        final int pitchLimit;
        final List<Pitcher> reliefOrder;
        final List<Pitcher> reserve;
        final List<Pitcher> overflow;
        int nextBatter;
        int hits;
        int errors;

        Side(TeamRoster roster, int teamGame, RandomGenerator rng) {
            this.roster = roster;
            this.lineup = roster.lineupFor(rng);
            this.defense = lineup.defense();
            this.running = new Baserunning(defense);
            for (int i = 0; i < 9; i++) {
                LineupSlot s = lineup.slots().get(i);
                lines[i] = new BattingLine(s.hitter().name(), roster.team(), s.position());
            }
            this.reliefOrder = roster.plan().reliefOrder(teamGame);
            this.reserve = roster.plan().reserve(teamGame);
            this.overflow = roster.plan().overflow(teamGame);
            Pitcher starter = roster.starter(teamGame);
            boolean bullpenGame = starter == null;
            // A bullpen game opens with the first reliever of the day, who pitches as a reliever.
            Pitcher first = bullpenGame ? roster.plan().opener(teamGame) : starter;
            pitchers.add(new Pitching(first, roster.team(), !bullpenGame));
            int draw = rng.nextInt(STARTER_PITCH_SPREAD);
            double mean = STARTER_MIN_PITCHES + (STARTER_PITCH_SPREAD - 1) / 2.0;
            this.pitchLimit = (int) Math.round(roster.plan().starterPitchLimit(first, mean) - mean)
                    + STARTER_MIN_PITCHES + draw;
        }

        int runs() {
            return innings.stream().mapToInt(Integer::intValue).sum();
        }

        int current() {
            return pitchers.size() - 1;
        }

        Pitching pitching() {
            return pitchers.get(current());
        }

        boolean hasPitched(Pitcher p) {
            for (Pitching q : pitchers) {
                if (q.pitcher == p) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Brings in the next reliever of the day: the day's order, then the day's rested relievers a
         * staff deeper than its season has to spare, then the depth arm (who then finishes the game),
         * the reserve only for a team without one; false when nobody is left
         * (the current pitcher stays).
         */
        boolean relieve(List<String> plays) {
            Pitcher depth = roster.plan().depthArm();
            // The day's planned relievers first, the closer and setup man last among them; then the
            // depth arm, who stands for the team's other arms: once in, he finishes the game (so
            // nobody planned after him is left to pitch the rest of a long game far beyond his 2025
            // outings, and, like any pitcher, he never comes back after leaving it: Chadwick found a
            // re-entry).
            for (boolean roles : new boolean[] {false, true}) {
                for (Pitcher p : reliefOrder) {
                    if (p != depth && isRole(p) == roles && !hasPitched(p)) {
                        bringIn(p, plays);
                        return true;
                    }
                }
            }
            // Then a deep staff's spare arms, the way a manager goes down his bullpen.
            if (bringInFirstUnused(overflow, plays)) {
                return true;
            }
            if (depth != null) {
                if (hasPitched(depth)) {
                    return false;
                }
                bringIn(depth, plays);
                return true;
            }
            return bringInFirstUnused(reserve, plays);
        }

        private boolean bringInFirstUnused(List<Pitcher> candidates, List<String> plays) {
            for (Pitcher p : candidates) {
                if (!hasPitched(p)) {
                    bringIn(p, plays);
                    return true;
                }
            }
            return false;
        }

        void bringIn(Pitcher next, List<String> plays) {
            pitchers.add(new Pitching(next, roster.team(), false));
            if (plays != null) {
                plays.add("  Pitching change (" + roster.team() + "): " + next.name());
            }
        }

        /**
         * The closer (9th and later) or setup man (8th) when this side leads by 1-3 and he is planned
         * for the day and has not pitched.
         */
        Pitcher roleFor(int inning, int lead) {
            Pitcher p = inning >= 9 ? roster.plan().closer() : inning == 8 ? roster.plan().setup() : null;
            return p != null && lead >= 1 && lead <= 3 && reliefOrder.contains(p) && !hasPitched(p) ? p : null;
        }

        /** The closer and setup man wait for their innings while the day's other relievers last. */
        boolean isRole(Pitcher p) {
            return p == roster.plan().closer() || p == roster.plan().setup();
        }

        /**
         * Whether a reliever's outing is over at the end of an inning: he is within an out of his
         * innings. The plan counts an outing as his innings; one who came in mid-inning with two
         * outs gets four, with one out two, so the outings average his innings instead of running
         * a fifth longer.
         */
        boolean outingDone(Pitching p) {
            return p.line.outs >= reliefOuts(p) - 1;
        }

        /** Outs after which a reliever is replaced between innings. */
        int reliefOuts(Pitching p) {
            // The depth arm stands for the rest of the staff: once in, he finishes the game.
            return p.pitcher == roster.plan().depthArm() ? DEPTH_ARM_OUTS : 3 * roster.plan().reliefInnings(p.pitcher);
        }

        List<BattingLine> batting() {
            return List.of(lines);
        }

        List<PitchingLine> pitchingLines() {
            return pitchers.stream().map(p -> p.line).toList();
        }
    }

    /** Plays half-innings; holds what every half needs. */
    private final class Half {
        final Park park;
        final RandomGenerator rng;
        final List<String> plays;
        final PaStats stats;
        final BaseState bases = new BaseState();
        final Side[] sides;
        final GameListener listener;

        Half(Park park, RandomGenerator rng, List<String> plays, PaStats stats, Side away, Side home,
             GameListener listener) {
            this.sides = new Side[] {away, home};
            this.listener = listener;
            this.park = park;
            this.rng = rng;
            this.plays = plays;
            this.stats = stats;
        }

        void play(int inning, boolean top, Side bat, Side field) {
            bases.clear();
            bat.innings.add(0);
            int idx = bat.innings.size() - 1;
            boolean walkOffPossible = !top && inning >= 9;
            if (listener != null) {
                listener.halfInning(inning, top);
            }
            if (plays != null) {
                plays.add((top ? "Top " : "Bottom ") + ordinal(inning) + " (" + bat.roster.team() + " batting)");
            }
            Pitching p0 = field.pitching();
            p0.inningRuns = 0;
            Pitcher role = field.roleFor(inning, field.runs() - bat.runs());
            if (role != null) {
                field.bringIn(role, plays);
                reliever(field);
            } else if (!p0.starter && field.outingDone(p0) && field.relieve(plays)) {
                reliever(field);
            }
            field.pitching().inningRuns = 0;
            if (inning > 9) {
                // The automatic runner: the batter before this inning's leadoff man.
                Hitter ghost = bat.lineup.slots().get(Math.floorMod(bat.nextBatter - 1, 9)).hitter();
                bases.put(2, new Runner(ghost, field.current(), false));
                if (listener != null) {
                    listener.automaticRunner(ghost);
                }
                if (plays != null) {
                    plays.add("  Automatic runner on second: " + ghost.name());
                }
            }
            while (bases.outs() < 3) {
                steal(bat, field, idx, walkOffPossible);
                if (bases.outs() >= 3) {
                    break;
                }
                changePitcherIfTired(field);
                int slot = bat.nextBatter;
                bat.nextBatter = (slot + 1) % 9;
                Hitter batter = bat.lineup.slots().get(slot).hitter();
                Pitching p = field.pitching();
                if (listener != null) {
                    listener.plateAppearanceStart(new PlateAppearanceStart(batter, p.pitcher, slot, !top, inning,
                            bases.outs(), bases.on(1), bases.on(2), bases.on(3), top ? bat.runs() : field.runs(),
                            top ? field.runs() : bat.runs()));
                }
                Defense shaded = Shading.toward(field.defense, batter);
                AtBat ab = source.play(batter, p.pitcher, shaded, park, rng, listener);
                stats.add(ab.result());
                PaOutcome o = ab.result().outcome();
                p.line.pitches += ab.result().pitches();
                p.line.bf++;
                Baserunning running = shaded == field.defense ? field.running : new Baserunning(shaded);
                PlayOutcome po = running.resolve(bases, new Runner(batter, field.current(), true), o, ab.landing());
                List<Runner> scored = po.scored();
                int lead = bat.runs() - field.runs();
                if (walkOffPossible && o != PaOutcome.HR && lead + scored.size() > 1 && lead <= 0) {
                    // A walk-off that is not a home run counts only up to the winning run.
                    scored = scored.subList(0, 1 - lead);
                }
                int rbi = !po.doublePlay() && o != PaOutcome.E ? scored.size() : 0;
                record(bat.lines[slot], field, o, po, rbi, scored);
                if (o.isHit()) {
                    bat.hits++;
                    p.line.h++;
                } else if (o == PaOutcome.E) {
                    field.errors++;
                }
                p.line.outs += po.outsMade();
                bat.innings.set(idx, bat.innings.get(idx) + scored.size());
                if (listener != null) {
                    listener.plateAppearanceEnd(new PlateAppearanceEnd(ab, po, scored, rbi, bases.on(1), bases.on(2),
                            bases.on(3), bases.outs()));
                }
                if (plays != null) {
                    plays.add(describe(batter, p.pitcher, o, po, scored, bat, field));
                }
                if (walkOffPossible && bat.runs() > field.runs()) {
                    if (plays != null) {
                        plays.add("  Walk-off! " + bat.roster.team() + " win.");
                    }
                    return;
                }
            }
        }

        private void record(BattingLine line, Side field, PaOutcome o, PlayOutcome po, int rbi, List<Runner> scored) {
            line.pa++;
            switch (o) {
                case BB -> line.bb++;
                case HBP -> line.hbp++;
                case K -> line.k++;
                case DOUBLE -> line.doubles++;
                case TRIPLE -> line.triples++;
                case HR -> line.hr++;
                default -> {
                }
            }
            if (o.isHit()) {
                line.h++;
            }
            if (po.sacrificeFly()) {
                line.sf++;
            } else if (o.isAtBat()) {
                line.ab++;
            }
            line.rbi += rbi;
            Pitching now = field.pitching();
            if (o == PaOutcome.BB) {
                now.line.bb++;
            } else if (o == PaOutcome.K) {
                now.line.k++;
            } else if (o == PaOutcome.HR) {
                now.line.hr++;
            }
            for (Runner r : scored) {
                scoreRun(r, field);
            }
        }

        private void scoreRun(Runner r, Side field) {
            lineOf(r).r++;
            Pitching charged = field.pitchers.get(r.responsiblePitcher());
            charged.line.r++;
            charged.inningRuns++;
            if (r.earned()) {
                charged.line.er++;
            }
        }

        /**
         * Steal of second by a runner on first with second open: tendency from his 2025 steals and
         * the pitcher's record against runners; success from a race of the runner against the
         * pitcher's delivery plus the catcher's exchange and throw.
         */
        private void steal(Side bat, Side field, int idx, boolean walkOffPossible) {
            Runner r = bases.on(1);
            if (r == null || bases.on(2) != null) {
                return;
            }
            Hitter h = r.hitter();
            int sb = bat.roster.stolenBases().getOrDefault(h.name(), 0);
            // 2025 attempts (SB / 0.78 success) per PA spent on first with second open: he reaches first
            // in ~26 % of PA (1B, BB, HBP, E, FC), with second open ~80 % of those, and stays ~1.2 PA
            // before he moves or the inning ends.
            HoldingRunners hold = field.roster.holding(field.pitching().pitcher);
            double attempt = Math.min(0.35, hold.attemptFactor() * (sb / 0.78)
                    / Math.max(60.0, 0.21 * h.plateAppearances() * 1.2));
            if (rng.nextDouble() >= attempt) {
                return;
            }
            double run = 0.25 + (90.0 - 12.0) / (0.92 * h.sprintSpeedFtPerS());
            double defence = hold.deliveryS() + CATCHER_EXCHANGE_S
                    + CATCHER_THROW_FT / InfieldThrow.speedFtPerS(field.lineup.catcherArmMph()) + 0.1;
            double safe = 1.0 / (1.0 + Math.exp(-(defence - run) / STEAL_SPREAD_S));
            BattingLine line = lineOf(r);
            bases.put(1, null);
            boolean stole = rng.nextDouble() < safe;
            if (listener != null) {
                listener.stealAttempt(h, bat.lineup.slots().get(bat.nextBatter).hitter(), stole);
            }
            if (stole) {
                bases.put(2, r);
                line.sb++;
                if (plays != null) {
                    plays.add("  " + h.name() + " steals second.");
                }
            } else {
                bases.setOuts(bases.outs() + 1);
                field.pitching().line.outs++;
                line.cs++;
                if (plays != null) {
                    plays.add("  " + h.name() + " caught stealing.");
                }
            }
        }

        private BattingLine lineOf(Runner r) {
            for (Side s : sides) {
                for (int i = 0; i < 9; i++) {
                    if (s.lineup.slots().get(i).hitter() == r.hitter()) {
                        return s.lines[i];
                    }
                }
            }
            throw new IllegalStateException("runner " + r.hitter().name() + " is in neither lineup");
        }

        private void changePitcherIfTired(Side field) {
            Pitching p = field.pitching();
            boolean tired = p.starter
                    ? p.line.pitches >= field.pitchLimit || p.line.r >= STARTER_MAX_RUNS
                        || p.inningRuns >= STARTER_MAX_INNING_RUNS
                    : p.line.pitches >= RELIEVER_MAX_PITCHES * field.reliefOuts(p) / 3;
            if (tired && field.relieve(plays)) {
                field.pitching().inningRuns = 0;
                reliever(field);
            }
        }

        private void reliever(Side field) {
            if (listener != null) {
                listener.pitcherChange(field == sides[1], field.pitching().pitcher);
            }
        }

        private String describe(Hitter batter, Pitcher pitcher, PaOutcome o, PlayOutcome po, List<Runner> scored,
                                Side bat, Side field) {
            StringBuilder s = new StringBuilder("  ").append(batter.name()).append(": ").append(word(o, po));
            if (!scored.isEmpty()) {
                s.append(", ").append(scored.size()).append(scored.size() == 1 ? " run scores" : " runs score");
            }
            s.append(String.format(Locale.ROOT, " [%d out, bases %s, %s %d - %s %d] (vs %s)", bases.outs(), bases,
                    bat.roster.team(), bat.runs(), field.roster.team(), field.runs(), pitcher.name()));
            return s.toString();
        }
    }

    private static String word(PaOutcome o, PlayOutcome po) {
        if (po.doublePlay()) {
            return "grounds into a double play";
        }
        if (po.sacrificeFly()) {
            return "sacrifice fly";
        }
        return switch (o) {
            case K -> "strikes out";
            case BB -> "walks";
            case HBP -> "hit by pitch";
            case SINGLE -> "singles";
            case DOUBLE -> "doubles";
            case TRIPLE -> "triples";
            case HR -> "homers";
            case GO -> po.batterReached() ? "reaches on a fielder's choice" : "grounds out";
            case FO -> "flies out";
            case LO -> "lines out";
            case PO -> "pops out";
            case E -> "reaches on an error";
        };
    }

    static String ordinal(int n) {
        String suffix = (n % 100 >= 11 && n % 100 <= 13) ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
