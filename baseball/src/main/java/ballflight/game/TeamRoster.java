package ballflight.game;

import ballflight.data.Defense;
import ballflight.data.FieldPosition;
import ballflight.data.Fielder;
import ballflight.data.Hitter;
import ballflight.data.Pitcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * A team as it takes the field: the nine regulars in batting order with their positions, the bench,
 * the rotation and bullpen with their season plan ({@link PitchingPlan}). Regulars rest in proportion to the playing time they had in
 * 2025 ({@link #lineupFor}), so bench players get their share of the plate appearances as in the
 * real season. Immutable; shared by all threads.
 *
 * @param team 2025 abbreviation
 * @param lineup the regulars: nine slots, leadoff first
 * @param bench the other hitters, most plate appearances first
 * @param rotation the pitchers with starts in the plan, most starts first
 * @param bullpen the others
 * @param plan who starts each game and the order of the bullpen (2025 usage)
 * @param spots where each position stands (C, 1B, ..., RF)
 * @param pitcherSpot the league pitcher fielder (his skill stands in for every pitcher)
 * @param stolenBases 2025 stolen bases by hitter name (steal attempts)
 * @param holding how each pitcher of the staff holds runners, by name
 * @param depthBats stand for the hitters the 2025 data lacks (empty for none): substitutes at any
 *                  position, each once per game, weighted by the team's missing plate appearances
 *                  per slot (their {@code plateAppearances})
 */
public record TeamRoster(String team, List<LineupSlot> lineup, List<Hitter> bench, List<Pitcher> rotation,
                         List<Pitcher> bullpen, PitchingPlan plan, Map<String, FieldPosition> spots, Fielder pitcherSpot,
                         Map<String, Integer> stolenBases, Map<String, HoldingRunners> holding,
                         List<Hitter> depthBats) {
    /** Plate appearances per team game (2025: 38). */
    static final double TEAM_PA_PER_GAME = 38.0;
    static final int GAMES = 162;
    /** A catcher without arm data throws like a league-average catcher, mph. */
    static final double DEFAULT_CATCHER_ARM_MPH = 80.0;

    public TeamRoster {
        holding = Map.copyOf(holding);
        stolenBases = Map.copyOf(stolenBases);
        spots = Map.copyOf(spots);
        lineup = List.copyOf(lineup);
        bench = List.copyOf(bench);
        rotation = List.copyOf(rotation);
        bullpen = List.copyOf(bullpen);
        depthBats = List.copyOf(depthBats);
        if (lineup.size() != 9) {
            throw new IllegalArgumentException(team + ": a lineup has 9 hitters, got " + lineup.size());
        }
        if (rotation.isEmpty()) {
            throw new IllegalArgumentException(team + ": no starting pitcher");
        }
    }

    /** The regulars' lineup and defence (nobody rests). */
    public GameLineup regularLineup() {
        return assemble(lineup);
    }

    /** The regulars' defence: pitcher and seven position players. */
    public Defense defense() {
        return regularLineup().defense();
    }

    /**
     * Plate appearances of a regular who bats in {@code slot} (1 to 9) every game. A game's PA go
     * round the order, so each slot down it comes up 1/9 of a time less often: slot s gets
     * 38/9 + (5 - s)/9 a game, 4.67 for the leadoff man to 3.78 for the ninth (162 games: 756 to 612;
     * before 2026-12-05 every slot counted 680, and the top of the order played too often: Aaron
     * Judge 758 PA a season against 665).
     */
    static double fullTimePa(int slot) {
        return GAMES * (TEAM_PA_PER_GAME / 9.0 + (5 - slot) / 9.0);
    }

    /**
     * One game's lineup: each regular plays with probability (2025 PA / {@link #fullTimePa} of his slot),
     * otherwise a bench player takes his slot and position, drawn by playing time among those
     * listed at that position (among the whole bench when none is). Draws nine or more numbers
     * from {@code rng}, always in batting order.
     */
    public GameLineup lineupFor(RandomGenerator rng) {
        List<Hitter> available = new ArrayList<>(bench);
        List<Hitter> depth = new ArrayList<>(depthBats);
        List<LineupSlot> slots = new ArrayList<>(9);
        for (int i = 0; i < lineup.size(); i++) {
            LineupSlot regular = lineup.get(i);
            double plays = Math.min(1.0, regular.hitter().plateAppearances() / fullTimePa(i + 1));
            double u = rng.nextDouble();
            Hitter sub = u < plays ? null : substitute(available, regular.position(), depth.isEmpty() ? null
                    : depth.getFirst(), rng);
            depth.remove(sub);
            if (sub == null) {
                slots.add(regular);
            } else {
                available.remove(sub);
                slots.add(new LineupSlot(sub, regular.position()));
            }
        }
        return assemble(slots);
    }

    /**
     * A bench hitter for {@code position}, by playing time, or the depth bat (when given) by the
     * team's missing playing time; null when nobody is left.
     */
    private static Hitter substitute(List<Hitter> available, String position, Hitter depth, RandomGenerator rng) {
        List<Hitter> same = available.stream().filter(h -> h.position().equals(position)).toList();
        List<Hitter> pool = new ArrayList<>(same.isEmpty() ? available : same);
        if (depth != null) {
            pool.add(depth);
        }
        double total = 0;
        for (Hitter h : pool) {
            total += Math.max(1, h.plateAppearances());
        }
        double pick = rng.nextDouble() * total;
        for (Hitter h : pool) {
            pick -= Math.max(1, h.plateAppearances());
            if (pick < 0) {
                return h;
            }
        }
        return pool.isEmpty() ? null : pool.getLast();
    }

    private GameLineup assemble(List<LineupSlot> slots) {
        List<Fielder> fielders = new ArrayList<>(8);
        fielders.add(pitcherSpot);
        double catcherArm = DEFAULT_CATCHER_ARM_MPH;
        double framing = 0.0;
        for (LineupSlot s : slots) {
            switch (s.position()) {
                case "DH" -> { }
                case "C" -> {
                    if (s.hitter().fielding().armMph() > 0) {
                        catcherArm = s.hitter().fielding().armMph();
                    }
                    framing = s.hitter().fielding().framingStrikesPerOut();
                }
                default -> fielders.add(new Fielder(s.hitter().name(), spots.get(s.position()), s.hitter().fielding()));
            }
        }
        return new GameLineup(slots, new Defense(fielders, framing), catcherArm);
    }

    /** How {@code pitcher} holds runners (league behaviour when he has no 2025 record). */
    public HoldingRunners holding(Pitcher pitcher) {
        return holding.getOrDefault(pitcher.name(), HoldingRunners.LEAGUE);
    }

    /** The starter for the team's {@code teamGame}-th game (0-based), or null for a bullpen game. */
    public Pitcher starter(int teamGame) {
        return plan.starter(teamGame);
    }

    /** Everyone who may bat for the team: the lineup, the bench and the depth bats. */
    public List<Hitter> allHitters() {
        List<Hitter> all = new java.util.ArrayList<>();
        lineup.forEach(s -> all.add(s.hitter()));
        all.addAll(bench);
        all.addAll(depthBats);
        return all;
    }

    /** Everyone who may pitch for the team: the rotation, the bullpen and the depth arm. */
    public List<Pitcher> allPitchers() {
        List<Pitcher> all = new java.util.ArrayList<>(rotation);
        all.addAll(bullpen);
        if (plan != null && plan.depthArm() != null && !all.contains(plan.depthArm())) {
            all.add(plan.depthArm());
        }
        return all;
    }
}
