package ballflight.game;

import ballflight.data.Pitcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A team's pitching for its 162 games, planned before any game from 2025 usage
 * ({@link PitcherUsage}) so that every game can be played on any thread: who starts each game and
 * in which order the bullpen is called.
 * <ul>
 * <li>Starts: the pitchers with at least {@value #MIN_STARTS} estimated 2025 starts share the
 * 162 starts; each one's share follows his 2025 starts, scaled up to fill
 * the schedule (the data misses the pitchers who made the other starts) but by at most
 * {@value #STARTS_CAP_FACTOR} x his starts + {@value #STARTS_CAP_EXTRA}; starts nobody can take
 * are bullpen games. Game by game the start goes to the rested pitcher (at least
 * {@value #REST_GAMES} team games since his last start) furthest behind his share.</li>
 * <li>Relief: each reliever's share of the relief innings follows his 2025 relief innings. Game by
 * game the relievers furthest behind their share are planned for about
 * {@value #RELIEF_IP_PER_GAME} innings ({@value #BULLPEN_GAME_IP} in a bullpen game) and come
 * first, then the depth arm; one who pitched in the two previous games, or who is more than an
 * outing ahead of his share, comes only after the depth arm; a starter near his start, or a
 * pitcher without relief innings in 2025, only when nobody else is left. A reliever's share
 * is his 2025 relief innings scaled to the team's relief innings, but at most
 * {@value #RELIEF_CAP_FACTOR} x them + {@value #RELIEF_CAP_EXTRA_IP} (no extra for a pitcher in the
 * rotation); what the staff cannot cover goes to the team's depth arm (the 2025 data lacks about a
 * fifth of the innings: pitchers who were traded or barely pitched). The closer (best K% - BB% among those with at least
 * {@value #ROLE_MIN_RELIEF_GAMES} relief games) and the setup man (the next) are planned like the
 * others; on a day they are planned, the closer takes the 9th and the setup man the 8th with a
 * lead of 1 to 3 runs, and they are called in other spots only after the day's other relievers.</li>
 * <li>Length: a starter's pitch limit scales with his 2025 innings per start (the league mean
 * stays at the old mean limit); a reliever goes as many innings as his 2025 innings per relief
 * appearance (at least one).</li>
 * </ul>
 */
public final class PitchingPlan {
    public static final int TEAM_GAMES = 162;
    static final double STARTS_CAP_FACTOR = 1.15;
    static final double STARTS_CAP_EXTRA = 1.0;
    static final int REST_GAMES = 4;
    /** Relievers' innings per team game (2025: about 40 % of 8.9). */
    static final double RELIEF_IP_PER_GAME = 3.6;
    /** Innings the bullpen covers in a game without a starter. */
    static final double BULLPEN_GAME_IP = 9;
    /** A reliever's relief innings in the plan: at most this x his 2025 relief innings + {@link #RELIEF_CAP_EXTRA_IP}. */
    static final double RELIEF_CAP_FACTOR = 1.2;
    static final double RELIEF_CAP_EXTRA_IP = 5;
    static final int ROLE_MIN_RELIEF_GAMES = 40;
    /**
     * Fewer estimated starts than this and a pitcher never starts: a reliever with a few long
     * outings comes out at one or two "starts" by the innings-per-game estimate.
     */
    static final double MIN_STARTS = 3;
    /** A start is made only by a pitcher at most this far ahead of his share. */
    private static final double AHEAD_TOLERANCE = 0.25;

    private final Pitcher[] starters = new Pitcher[TEAM_GAMES];
    private final List<List<Pitcher>> reliefOrder = new ArrayList<>(TEAM_GAMES);
    private final List<List<Pitcher>> reserve = new ArrayList<>(TEAM_GAMES);
    private final List<List<Pitcher>> overflow = new ArrayList<>(TEAM_GAMES);
    private Pitcher depth;
    private final Map<String, PitcherUsage> usage = new HashMap<>();
    private final Map<String, Double> plannedStarts = new HashMap<>();
    private final Pitcher closer;
    private final Pitcher setup;
    private final double leagueInningsPerStart;

    /**
     * @param staff the team's pitchers with their 2025 usage
     * @param depth the team's depth arm (null for none): he takes the relief innings the staff's
     *              2025 innings cannot cover (the pitchers missing from the data threw them)
     * @param leagueInningsPerStart the league's 2025 innings per start (sets the length of starts)
     */
    public PitchingPlan(List<PitcherUsage> staff, Pitcher depth, double leagueInningsPerStart) {
        this.leagueInningsPerStart = leagueInningsPerStart;
        if (staff.isEmpty()) {
            throw new IllegalArgumentException("a team needs at least one pitcher");
        }
        List<PitcherUsage> sorted = staff.stream()
                .sorted(Comparator.comparing((PitcherUsage u) -> u.pitcher().name())).toList();
        sorted.forEach(u -> usage.put(u.pitcher().name(), u));
        double[] quota = startQuotas(sorted);
        for (int i = 0; i < sorted.size(); i++) {
            plannedStarts.put(sorted.get(i).pitcher().name(), quota[i]);
        }
        List<PitcherUsage> roles = sorted.stream()
                .filter(u -> u.reliefGames() >= ROLE_MIN_RELIEF_GAMES && u.starts() < 1)
                .sorted(Comparator.comparingDouble(PitcherUsage::quality).reversed()
                        .thenComparing(u -> u.pitcher().name())).limit(2).toList();
        this.closer = roles.isEmpty() ? null : roles.get(0).pitcher();
        this.setup = roles.size() < 2 ? null : roles.get(1).pitcher();
        scheduleStarts(sorted, quota);
        planRelief(sorted, depth);
    }

    /** Each pitcher's starts: his 2025 starts scaled to fill the 162 games, within his cap. */
    private static double[] startQuotas(List<PitcherUsage> staff) {
        int n = staff.size();
        double[] base = new double[n];
        double[] cap = new double[n];
        for (int i = 0; i < n; i++) {
            double s = staff.get(i).starts();
            if (inRotation(staff.get(i))) {
                base[i] = s;
                cap[i] = STARTS_CAP_FACTOR * s + STARTS_CAP_EXTRA;
            }
        }
        return fill(base, cap, TEAM_GAMES);
    }

    /** Whether he starts at all: {@value #MIN_STARTS} or more estimated 2025 starts. */
    private static boolean inRotation(PitcherUsage u) {
        return u.starts() >= MIN_STARTS;
    }

    /**
     * Shares {@code total} in proportion to {@code base}, none above its {@code cap}:
     * {@code min(cap, lambda base)} with lambda such that the shares sum to {@code total}, or every
     * cap when the caps cannot reach it.
     */
    static double[] fill(double[] base, double[] cap, double total) {
        int n = base.length;
        double capSum = 0;
        for (int i = 0; i < n; i++) {
            capSum += base[i] > 0 ? cap[i] : 0;
        }
        double[] share = new double[n];
        if (capSum <= total) {
            for (int i = 0; i < n; i++) {
                share[i] = base[i] > 0 ? cap[i] : 0;
            }
            return share;
        }
        double lo = 0;
        double hi = 1;
        while (sumAt(base, cap, hi) < total) {
            hi *= 2;
        }
        for (int it = 0; it < 100; it++) {
            double mid = (lo + hi) / 2;
            if (sumAt(base, cap, mid) < total) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        for (int i = 0; i < n; i++) {
            share[i] = Math.min(cap[i], hi * base[i]);
        }
        return share;
    }

    private static double sumAt(double[] base, double[] cap, double lambda) {
        double sum = 0;
        for (int i = 0; i < base.length; i++) {
            sum += Math.min(cap[i], lambda * base[i]);
        }
        return sum;
    }

    private void scheduleStarts(List<PitcherUsage> staff, double[] quota) {
        int[] made = new int[staff.size()];
        int[] last = new int[staff.size()];
        Arrays.fill(last, -REST_GAMES - 1);
        for (int g = 0; g < TEAM_GAMES; g++) {
            int best = -1;
            double bestBehind = -AHEAD_TOLERANCE;
            for (int i = 0; i < staff.size(); i++) {
                double behind = quota[i] * (g + 1) / TEAM_GAMES - made[i];
                if (quota[i] > 0 && g - last[i] > REST_GAMES && made[i] < Math.round(quota[i]) && behind > bestBehind) {
                    best = i;
                    bestBehind = behind;
                }
            }
            if (best >= 0) {
                starters[g] = staff.get(best).pitcher();
                made[best]++;
                last[best] = g;
            }
        }
    }

    private void planRelief(List<PitcherUsage> staff, Pitcher depthArm) {
        this.depth = depthArm;
        List<Pitcher> pool = new ArrayList<>();
        List<Double> perOuting = new ArrayList<>();
        staff.forEach(u -> {
            pool.add(u.pitcher());
            // An outing lasts at least an inning in the game, however short his 2025 outings were.
            perOuting.add(Math.max(1.0, u.inningsPerRelief()));
        });
        int n = staff.size();
        double[] base = new double[n];
        double[] cap = new double[n];
        for (int i = 0; i < n; i++) {
            base[i] = staff.get(i).reliefInnings();
            // A rotation pitcher's few 2025 "relief" innings are what the innings-per-game estimate
            // leaves over (Zebby Matthews, 79.1 IP in 16 games, reads as 14.7 starts and 1.3 relief
            // games): the extra that lets a reliever fill the staff's gap would add outings he never made.
            double extra = inRotation(staff.get(i)) ? 0 : RELIEF_CAP_EXTRA_IP;
            cap[i] = RELIEF_CAP_FACTOR * base[i] + extra;
        }
        double total = TEAM_GAMES * RELIEF_IP_PER_GAME;
        double[] filled = fill(base, cap, total);
        List<Double> quota = new ArrayList<>();
        for (double q : filled) {
            quota.add(q);
        }
        if (depth != null) {
            pool.add(depth);
            perOuting.add(1.0);
            quota.add(Math.max(0, total - Arrays.stream(filled).sum()));
        }
        int size = pool.size();
        double[] planned = new double[size];
        boolean[] yesterday = new boolean[size];
        boolean[] dayBefore = new boolean[size];
        for (int g = 0; g < TEAM_GAMES; g++) {
            final int game = g;
            double[] behind = new double[size];
            for (int i = 0; i < size; i++) {
                behind[i] = quota.get(i) * (g + 1) / TEAM_GAMES - planned[i];
            }
            List<Integer> fresh = new ArrayList<>();
            List<Integer> spare = new ArrayList<>();
            List<Integer> emergency = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                Pitcher p = pool.get(i);
                // The depth arm stands for many pitchers: he never needs rest.
                boolean tired = p != depth && yesterday[i] && dayBefore[i];
                // More than an outing ahead of his share (games can use more relief than planned):
                // the depth arm goes first.
                boolean ahead = p != depth && behind[i] < -perOuting.get(i);
                if (p == starters[game]) {
                    continue;
                }
                if (startedRecently(p, game) || quota.get(i) == 0) {
                    emergency.add(i);
                } else if (tired || ahead) {
                    spare.add(i);
                } else {
                    fresh.add(i);
                }
            }
            Comparator<Integer> byNeed = Comparator.comparingDouble((Integer i) -> -behind[i])
                    .thenComparing(i -> pool.get(i).name());
            fresh.sort(byNeed);
            spare.sort(byNeed);
            emergency.sort(byNeed);
            boolean[] today = new boolean[size];
            double covered = 0;
            double needed = starters[game] == null ? BULLPEN_GAME_IP : RELIEF_IP_PER_GAME;
            List<Integer> chosen = new ArrayList<>();
            List<Pitcher> extra = new ArrayList<>();
            for (int i : fresh) {
                if (covered >= needed) {
                    spare.add(i);
                    if (spareArm(staff, i, filled, cap)) {
                        extra.add(pool.get(i));
                    }
                    continue;
                }
                planned[i] += perOuting.get(i);
                covered += perOuting.get(i);
                today[i] = true;
                chosen.add(i);
            }
            spare.sort(byNeed);
            // Only the day's planned relievers come before the depth arm, so that a game needing
            // more relief than planned does not pile innings on the others.
            reliefOrder.add(chosen.stream().map(pool::get).toList());
            List<Pitcher> rest = new ArrayList<>(size);
            for (List<Integer> group : List.of(spare, emergency)) {
                group.forEach(i -> rest.add(pool.get(i)));
            }
            reserve.add(List.copyOf(rest));
            overflow.add(List.copyOf(extra));
            dayBefore = yesterday;
            yesterday = today;
        }
    }

    /**
     * Whether staff member {@code i} may pitch a long game's extra innings before the depth arm: a
     * reliever (not in the rotation, not the closer or setup man) whose 2025 relief innings the
     * plan scaled below his cap, i.e. on a staff that covered more than its season's relief.
     */
    private boolean spareArm(List<PitcherUsage> staff, int i, double[] filled, double[] cap) {
        if (i >= staff.size()) {
            return false;
        }
        Pitcher p = staff.get(i).pitcher();
        return filled[i] < cap[i] && !inRotation(staff.get(i)) && p != closer && p != setup;
    }

    /** Whether {@code p} started one of the {@value #REST_GAMES} games before {@code game} or is due in the next. */
    private boolean startedRecently(Pitcher p, int game) {
        for (int g = Math.max(0, game - REST_GAMES); g <= Math.min(TEAM_GAMES - 1, game + 1); g++) {
            if (starters[g] == p) {
                return true;
            }
        }
        return false;
    }

    /** The starter of the team's {@code teamGame}-th game (0-based), or null for a bullpen game. */
    public Pitcher starter(int teamGame) {
        return starters[Math.floorMod(teamGame, TEAM_GAMES)];
    }

    /** Relievers for that game, first choice first (the day's starter excluded); the depth arm among them. */
    public List<Pitcher> reliefOrder(int teamGame) {
        return reliefOrder.get(Math.floorMod(teamGame, TEAM_GAMES));
    }

    /**
     * Who pitches that game when there is no depth arm, after the relief order: the rested-out, those ahead of their share, the closer and setup
     * man outside their innings, then starters and pitchers without 2025 relief innings.
     */
    public List<Pitcher> reserve(int teamGame) {
        return reserve.get(Math.floorMod(teamGame, TEAM_GAMES));
    }

    /**
     * Who pitches that game after the day's order and before the depth arm: the day's rested
     * relievers who were not needed, most behind their share first, when the 2025 data gives
     * them more relief innings than the plan could use (their share scaled below their cap). The
     * depth arm stands for the innings the data lacks; a staff that threw more than a season's
     * relief innings in 2025 covers a long game itself, as it did then.
     */
    public List<Pitcher> overflow(int teamGame) {
        return overflow.get(Math.floorMod(teamGame, TEAM_GAMES));
    }

    /** Who opens a bullpen game: the first of the day's order (the depth arm, the reserve when it is empty). */
    public Pitcher opener(int teamGame) {
        List<Pitcher> order = reliefOrder(teamGame);
        if (!order.isEmpty()) {
            return order.getFirst();
        }
        return depth != null ? depth : reserve(teamGame).getFirst();
    }

    /** The team's depth arm, or null. */
    public Pitcher depthArm() {
        return depth;
    }

    /** The 9th-inning reliever with a lead of 1-3, or null. */
    public Pitcher closer() {
        return closer;
    }

    /** The 8th-inning reliever with a lead of 1-3, or null. */
    public Pitcher setup() {
        return setup;
    }

    public PitcherUsage usage(Pitcher p) {
        return usage.get(p.name());
    }

    /** Starts planned for {@code p} over the 162 games (fractional quota). */
    public double plannedStarts(Pitcher p) {
        return plannedStarts.getOrDefault(p.name(), 0.0);
    }

    /** Pitchers with at least one start in the plan, most starts first. */
    public List<Pitcher> rotation() {
        Map<Pitcher, Integer> count = new HashMap<>();
        for (Pitcher p : starters) {
            if (p != null) {
                count.merge(p, 1, Integer::sum);
            }
        }
        return count.entrySet().stream().sorted(Map.Entry.<Pitcher, Integer>comparingByValue().reversed()
                .thenComparing(e -> e.getKey().name())).map(Map.Entry::getKey).toList();
    }

    /**
     * A starter's mean pitch limit: {@code leagueMean} scaled by his 2025 innings per start over the
     * league's, so a 6.3-inning ace goes deeper than a 4.5-inning fifth starter.
     */
    public double starterPitchLimit(Pitcher p, double leagueMean) {
        PitcherUsage u = usage(p);
        if (u == null || u.inningsPerStart() <= 0) {
            return leagueMean;
        }
        return leagueMean * u.inningsPerStart() / leagueInningsPerStart;
    }

    /** Innings a relief outing of {@code p} lasts (1 when unknown). */
    public int reliefInnings(Pitcher p) {
        PitcherUsage u = usage(p);
        return u == null ? 1 : u.reliefInningsAllowed();
    }

    /** Bullpen games in the plan. */
    public int bullpenGames() {
        return (int) Arrays.stream(starters).filter(p -> p == null).count();
    }
}
