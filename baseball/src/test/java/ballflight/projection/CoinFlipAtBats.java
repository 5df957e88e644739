package ballflight.projection;

import ballflight.data.Defense;
import ballflight.data.Hitter;
import ballflight.data.Park;
import ballflight.data.Pitcher;
import ballflight.fielding.PaOutcome;
import ballflight.game.AtBat;
import ballflight.game.AtBatSource;
import ballflight.game.Landing;
import ballflight.pa.PlateAppearanceResult;
import java.util.random.RandomGenerator;

/**
 * Plate appearances drawn from fixed 2025-like league rates, blind to who bats and pitches: a
 * season of them takes a fraction of a second, so tests can play hundreds of full seasons and
 * postseasons through the real game rules, schedule and bracket.
 */
final class CoinFlipAtBats implements AtBatSource {
    private static final Landing SHALLOW = new Landing(-60.0, 200.0, 2.0, 60.0);

    @Override
    public AtBat play(Hitter batter, Pitcher pitcher, Defense defense, Park park, RandomGenerator rng) {
        double u = rng.nextDouble();
        PaOutcome o = u < 0.22 ? PaOutcome.K : u < 0.31 ? PaOutcome.BB : u < 0.34 ? PaOutcome.HR
                : u < 0.49 ? PaOutcome.SINGLE : u < 0.53 ? PaOutcome.DOUBLE : u < 0.78 ? PaOutcome.GO : PaOutcome.FO;
        boolean inPlay = o != PaOutcome.K && o != PaOutcome.BB && o != PaOutcome.HR;
        return new AtBat(new PlateAppearanceResult(o, 4, null, null, null), inPlay ? SHALLOW : null);
    }
}
