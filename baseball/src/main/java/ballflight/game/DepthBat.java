package ballflight.game;

import ballflight.data.FielderSkill;
import ballflight.data.Hitter;
import ballflight.data.Handedness;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * The depth bats: the hitters who stand for a team's plate appearances the 2025 data lacks
 * (call-ups, the barely used, hitters traded away). A depth bat is the average part-timer (100 to
 * 300 PA in 2025): every skill, from plate discipline to bat speed, barrels, spray, legs and glove,
 * is the part-timers' mean weighted by PA, and he bats from the side most of their PA came from.
 * He stands for many hitters, whose skills average out. The depth bats once copied one part-timer
 * whole, the one at the 25th percentile of BB% - K%; in the bundled data that is Daulton Varsho
 * (barrels on 15.9 % of his batted balls against the part-timers' 7.4 %), and every team's missing
 * plate appearances went to a slugger (docs/CALIBRATION.md, "The depth bats: the average part-timer").
 */
final class DepthBat {
    /** What every team's depth bats are called, with a number. */
    static final String NAME = "Depth bat";
    static final int MIN_PA = 100;
    static final int MAX_PA = 300;
    /** Depth bats a lineup may use at once. */
    static final int PER_TEAM = 3;
    /** A team's plate appearances in a season: 162 games x 38 (2025). */
    static final double TEAM_PA = 162 * 38.0;

    private DepthBat() {
    }

    /**
     * The hitter every depth bat copies (his team and playing time are each team's, {@link #forTeam}),
     * or null when the data has no part-timers.
     */
    static Hitter template(List<Hitter> all) {
        List<Hitter> part = all.stream().filter(h -> h.plateAppearances() >= MIN_PA && h.plateAppearances() <= MAX_PA)
                .toList();
        if (part.isEmpty()) {
            return null;
        }
        Handedness bats = part.stream().collect(Collectors.groupingBy(Hitter::bats, TreeMap::new,
                Collectors.summingInt(Hitter::plateAppearances))).entrySet().stream()
                .max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        FielderSkill glove = new FielderSkill(mean(part, h -> h.fielding().sprintSpeedFtPerS()),
                mean(part, h -> h.fielding().reactionS()), mean(part, h -> h.fielding().routeEfficiency()),
                mean(part, h -> h.fielding().armMph()), mean(part, h -> h.fielding().fieldingPct()));
        return new Hitter(NAME, "", "DH", bats, 0,
                mean(part, Hitter::strikeoutRate), mean(part, Hitter::walkRate),
                mean(part, Hitter::batSpeedMph), mean(part, Hitter::attackAngleDeg), mean(part, Hitter::whiffPerSwing),
                mean(part, Hitter::chaseRate), mean(part, Hitter::avgLaunchAngleDeg), mean(part, Hitter::avgExitVelocityMph),
                mean(part, Hitter::ev50Mph), mean(part, Hitter::squaredUpPerContact), mean(part, Hitter::barrelRate),
                mean(part, Hitter::launchAngleSdDeg), mean(part, Hitter::pullRate), mean(part, Hitter::oppoRate),
                mean(part, Hitter::sprintSpeedFtPerS), glove);
    }

    /**
     * The team's depth bats ("Depth bat 1".."3"), each weighted by the team's missing plate
     * appearances per lineup slot; none when none are missing.
     */
    static List<Hitter> forTeam(Hitter t, String team, List<Hitter> roster) {
        double missing = TEAM_PA - roster.stream().mapToInt(Hitter::plateAppearances).sum();
        List<Hitter> out = new ArrayList<>();
        for (int i = 1; t != null && missing > 0 && i <= PER_TEAM; i++) {
            out.add(t.as(NAME + " " + i, team, (int) Math.round(missing / 9)));
        }
        return out;
    }

    private static double mean(List<Hitter> hitters, ToDoubleFunction<Hitter> skill) {
        double sum = 0;
        double pa = 0;
        for (Hitter h : hitters) {
            sum += skill.applyAsDouble(h) * h.plateAppearances();
            pa += h.plateAppearances();
        }
        return sum / pa;
    }
}
