package ballflight.game;

import ballflight.data.EditDistance;
import ballflight.data.FieldPosition;
import ballflight.data.Fielder;
import ballflight.data.Hitter;
import ballflight.data.LeagueData;
import ballflight.data.Pitcher;
import ballflight.model.InputException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds every 2025 team from the league data: the nine hitters with the most playing time,
 * each at his own position where possible (scarce positions filled first: C, SS, CF, 2B, 3B,
 * RF, LF, 1B; a position nobody on the nine plays goes to the best remaining hitter), the rest
 * as DH; batting order by playing time; the others are the bench (see {@link TeamRoster#lineupFor}
 * for rest days). Pitching: a season plan from each pitcher's 2025 innings and games
 * ({@link PitchingPlan}, {@link PitcherUsage}), each pitcher with how he holds runners. Fielders stand at the league's
 * average spot for their position with their own speed, jump and arm.
 */
public final class Rosters {
    static final List<String> FILL_ORDER = List.of("C", "SS", "CF", "2B", "3B", "RF", "LF", "1B");

    private final Map<String, TeamRoster> teams;

    public Rosters(LeagueData data) {
        this(data, data.hitters(), data.pitchers());
    }

    /** Teams built from these players (a what-if moves or removes some) with {@code data}'s defence and running data. */
    public Rosters(LeagueData data, List<Hitter> players, List<Pitcher> staffs) {
        Map<String, FieldPosition> spots = new HashMap<>();
        Fielder pitcher = null;
        for (Fielder f : data.leagueDefense().fielders()) {
            spots.put(f.spot().position(), f.spot());
            if ("P".equals(f.spot().position())) {
                pitcher = f;
            }
        }
        // The catcher crouches behind the plate.
        spots.put("C", new FieldPosition("C", 3.0, 180.0));
        Map<String, List<Hitter>> hitters = new TreeMap<>();
        for (Hitter h : players) {
            hitters.computeIfAbsent(h.team(), t -> new ArrayList<>()).add(h);
        }
        Map<String, List<Pitcher>> pitchers = new TreeMap<>();
        for (Pitcher p : staffs) {
            pitchers.computeIfAbsent(p.team(), t -> new ArrayList<>()).add(p);
        }
        Map<String, Map<String, Integer>> steals = new HashMap<>();
        for (String[] r : ResourceTable.load("/mlb-2025/runners.csv", "name", "team", "sb").rows()) {
            steals.computeIfAbsent(r[1], t -> new HashMap<>()).put(r[0], (int) Double.parseDouble(r[2]));
        }
        Map<String, HoldingRunners> holding = new HashMap<>();
        for (String[] r : ResourceTable.load("/mlb-2025/pitcher_running.csv", "name", "opportunities", "sb", "cs").rows()) {
            holding.putIfAbsent(r[0], HoldingRunners.of(Double.parseDouble(r[1]), Double.parseDouble(r[2]),
                    Double.parseDouble(r[3])));
        }
        Map<String, int[]> outsAndGames = new HashMap<>();
        for (String[] r : ResourceTable.load("/mlb-2025/pitcher_usage.csv", "name", "team", "outs", "games").rows()) {
            outsAndGames.put(r[1] + "|" + r[0], new int[] {Integer.parseInt(r[2]), Integer.parseInt(r[3])});
        }
        Map<String, List<PitcherUsage>> usage = new TreeMap<>();
        double starts = 0;
        double startInnings = 0;
        for (Map.Entry<String, List<Pitcher>> e : pitchers.entrySet()) {
            for (Pitcher p : e.getValue()) {
                int[] og = outsAndGames.get(p.team() + "|" + p.name());
                PitcherUsage u = og != null ? PitcherUsage.of(p, og[0], og[1])
                        : PitcherUsage.of(p, p.battersFaced() * 2 / 3, p.starter() ? 30 : 60);
                usage.computeIfAbsent(e.getKey(), t -> new ArrayList<>()).add(u);
                starts += u.starts();
                startInnings += u.starts() * u.inningsPerStart();
            }
        }
        double leagueInningsPerStart = starts == 0 ? PitcherUsage.START_IP : startInnings / starts;
        Pitcher template = depthTemplate(usage.values().stream().flatMap(List::stream).toList());
        Hitter batTemplate = DepthBat.template(data.hitters());
        Map<String, TeamRoster> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<Hitter>> e : hitters.entrySet()) {
            List<PitcherUsage> staff = usage.getOrDefault(e.getKey(), List.of());
            Pitcher depth = template == null ? null : depthArm(template, e.getKey());
            out.put(e.getKey(), build(e.getKey(), e.getValue(), DepthBat.forTeam(batTemplate, e.getKey(), e.getValue()),
                    new PitchingPlan(staff, depth, leagueInningsPerStart), staff,
                    spots, pitcher,
                    steals.getOrDefault(e.getKey(), Map.of()), holding));
        }
        this.teams = java.util.Collections.unmodifiableMap(out);
    }

    private static final class Holder {
        static final Rosters INSTANCE = new Rosters(LeagueData.mlb2025());
    }

    /** The 2025 teams (built once). */
    public static Rosters mlb2025() {
        return Holder.INSTANCE;
    }

    public Map<String, TeamRoster> teams() {
        return teams;
    }

    /** A team by abbreviation, case-insensitive; unknown names list the closest ones. */
    public TeamRoster team(String option, String abbreviation) {
        String key = abbreviation.trim().toUpperCase(Locale.ROOT);
        TeamRoster t = teams.get(key);
        if (t == null) {
            List<String> close = teams.keySet().stream()
                    .sorted(Comparator.comparingInt((String k) -> EditDistance.between(key, k)).thenComparing(k -> k))
                    .limit(5).toList();
            throw new InputException(option, option + " = '" + abbreviation
                    + "' is not a 2025 team; closest: " + String.join(", ", close));
        }
        return t;
    }

    /** The name of every team's depth arm (his lines are the team's innings the 2025 data lacks). */
    public static final String DEPTH_ARM = "Depth arm";
    /** The depth arm pitches like the reliever at this quantile of K% - BB%: replacement level. */
    static final double DEPTH_QUANTILE = 0.25;

    /**
     * The reliever whose delivery and arsenal the depth arms share: among pure relievers with
     * at least 20 relief games, the one at {@value #DEPTH_QUANTILE} of K% - BB%.
     */
    private static Pitcher depthTemplate(List<PitcherUsage> all) {
        List<PitcherUsage> relievers = all.stream().filter(u -> u.starts() == 0 && u.reliefGames() >= 20)
                .sorted(Comparator.comparingDouble(PitcherUsage::quality).thenComparing(u -> u.pitcher().name()))
                .toList();
        return relievers.isEmpty() ? null : relievers.get((int) (DEPTH_QUANTILE * (relievers.size() - 1))).pitcher();
    }

    /**
     * A team's depth arm: the template's delivery, arsenal, K% and BB%, with the league's contact
     * allowed (z = 0). He stands for many pitchers, whose contact allowed averages out; the
     * template's own (one reliever's, -1.55 sd: very soft) would hand a seventh of every team's
     * innings to an elite soft-contact pitcher.
     */
    private static Pitcher depthArm(Pitcher t, String team) {
        return new Pitcher(DEPTH_ARM + " " + team, team, t.throwsHand(), false, t.battersFaced(), t.strikeoutRate(), t.walkRate(),
                t.armAngleDeg(), t.releaseSideFt(), t.releaseHeightFt(), t.extensionFt(), t.arsenal(), 0.0);
    }

    /** What every team's depth bats are called, with a number ({@link DepthBat}). */
    public static final String DEPTH_BAT = DepthBat.NAME;

    static TeamRoster build(String team, List<Hitter> roster, List<Hitter> depthBats, PitchingPlan plan,
                            List<PitcherUsage> staff, Map<String, FieldPosition> spots,
                            Fielder pitcherSpot, Map<String, Integer> steals,
                            Map<String, HoldingRunners> holding) {
        List<Hitter> nine = roster.stream()
                .sorted(Comparator.comparingInt(Hitter::plateAppearances).reversed().thenComparing(Hitter::name))
                .limit(9).toList();
        if (nine.size() < 9) {
            throw new IllegalStateException(team + ": only " + nine.size() + " hitters on the 2025 roster");
        }
        Map<Hitter, String> position = new HashMap<>();
        for (String pos : FILL_ORDER) {
            nine.stream().filter(h -> !position.containsKey(h) && h.position().equals(pos)).findFirst()
                    .ifPresent(h -> position.put(h, pos));
        }
        // Open positions go to the best remaining fielders; a hitter listed at no fielding position
        // (DH) only fields when nobody else is left.
        for (String pos : FILL_ORDER) {
            if (!position.containsValue(pos)) {
                nine.stream().filter(h -> !position.containsKey(h))
                        .min(Comparator.comparing((Hitter h) -> !FILL_ORDER.contains(h.position())))
                        .ifPresent(h -> position.put(h, pos));
            }
        }
        List<LineupSlot> lineup = new ArrayList<>();
        for (Hitter h : nine) {
            lineup.add(new LineupSlot(h, position.getOrDefault(h, "DH")));
        }
        List<Hitter> bench = roster.stream().filter(h -> !nine.contains(h))
                .sorted(Comparator.comparingInt(Hitter::plateAppearances).reversed().thenComparing(Hitter::name))
                .toList();
        List<Pitcher> byUse = staff.stream().map(PitcherUsage::pitcher)
                .sorted(Comparator.comparingInt(Pitcher::battersFaced).reversed().thenComparing(Pitcher::name)).toList();
        List<Pitcher> rotation = plan.rotation();
        List<Pitcher> bullpen = byUse.stream().filter(p -> !rotation.contains(p)).toList();
        Map<String, Integer> sb = new HashMap<>();
        for (Hitter h : roster) {
            sb.put(h.name(), steals.getOrDefault(h.name(), 0));
        }
        Map<String, HoldingRunners> staffHolding = new HashMap<>();
        for (Pitcher p : byUse) {
            HoldingRunners h = holding.get(p.name());
            if (h != null) {
                staffHolding.put(p.name(), h);
            }
        }
        return new TeamRoster(team, lineup, bench, rotation, bullpen, plan, spots, pitcherSpot, sb, staffHolding,
                depthBats);
    }
}
