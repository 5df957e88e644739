package ballflight.game;

import ballflight.data.Defense;
import ballflight.data.Hitter;
import ballflight.data.Park;
import ballflight.data.Pitcher;
import ballflight.fielding.PaOutcome;
import ballflight.pa.PlateAppearanceResult;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Plate appearances from a script: the {@code n}-th PA of the game (0-based) gets the scripted
 * outcome if there is one, otherwise a strikeout. Hits land deep in left-center.
 */
final class ScriptedAtBats implements AtBatSource {
    private final java.util.Map<Integer, PaOutcome> script = new java.util.HashMap<>();
    final List<String> batters = new ArrayList<>();
    private int n;

    ScriptedAtBats at(int pa, PaOutcome o) {
        script.put(pa, o);
        return this;
    }

    @Override
    public AtBat play(Hitter batter, Pitcher pitcher, Defense defense, Park park, RandomGenerator rng) {
        PaOutcome o = script.getOrDefault(n++, PaOutcome.K);
        batters.add(batter.name());
        Landing deep = new Landing(-120.0, 300.0, 4.0, 60.0);
        boolean inPlay = o != PaOutcome.K && o != PaOutcome.BB && o != PaOutcome.HBP && o != PaOutcome.HR;
        return new AtBat(new PlateAppearanceResult(o, 4, null, null, null), inPlay ? deep : null);
    }

    int plateAppearances() {
        return n;
    }
}
