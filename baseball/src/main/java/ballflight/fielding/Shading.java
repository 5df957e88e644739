package ballflight.fielding;

import ballflight.data.Defense;
import ballflight.data.FieldPosition;
import ballflight.data.Fielder;
import ballflight.data.Handedness;
import ballflight.data.Hitter;
import java.util.ArrayList;
import java.util.List;

/**
 * The fielders shade toward each hitter's side. Savant's positioning gives each fielder's average
 * start over every hitter he faced; a defence stood further round for a pull hitter and less far
 * for one who goes the other way. Each fielder but the pitcher, the catcher and the first baseman
 * (who holds the bag) turns his start angle toward the hitter's pull side by
 * {@value #DEG_PER_NET_PULL}° per unit of the hitter's 2025 pull rate less his opposite-field rate
 * beyond the league's {@value #LEAGUE_NET_PULL}, held to ±{@value #MAX_DEG}°.
 *
 * <p>The size follows the engine's own shift of each hitter's spray, not 2025's: a unit of net
 * pull moves a hitter's spray about 40° in 2025 and the engine's hitters move 0.46 of their 2025
 * pull share ({@code SwingDirection}), so a defence shading the full 40° would over-shade them
 * (CALIBRATION.md, twenty-sixth session).
 */
public final class Shading {
    /** Degrees of start angle per unit of net pull rate (pull - opposite) beyond the league's. */
    static final double DEG_PER_NET_PULL = 18.0;
    /** Largest turn, ° (the 2023 rules keep two infielders on each side of second base). */
    static final double MAX_DEG = 12.0;
    /** League pull rate less opposite-field rate, PA-weighted over the bundled 2025 hitters. */
    static final double LEAGUE_NET_PULL = 0.149;

    private Shading() {
    }

    /** {@code defense} with its fielders turned toward {@code batter}'s pull side. */
    public static Defense toward(Defense defense, Hitter batter) {
        double deg = turnDeg(batter);
        if (deg == 0.0) {
            return defense;
        }
        // Spray convention: + toward right field, so a right-handed hitter's pull side is -.
        double turn = batter.bats() == Handedness.RIGHT ? -deg : deg;
        List<Fielder> shaded = new ArrayList<>(defense.fielders().size());
        for (Fielder f : defense.fielders()) {
            FieldPosition spot = f.spot();
            shaded.add(holds(spot.position()) ? f
                    : new Fielder(f.name(), new FieldPosition(spot.position(), spot.distanceFt(), spot.angleDeg() + turn), f.skill()));
        }
        return new Defense(shaded, defense.framingStrikesPerOut());
    }

    /** How far the fielders turn toward his pull side, °. */
    static double turnDeg(Hitter batter) {
        double net = batter.pullRate() - batter.oppoRate() - LEAGUE_NET_PULL;
        return Math.max(-MAX_DEG, Math.min(MAX_DEG, DEG_PER_NET_PULL * net));
    }

    private static boolean holds(String position) {
        return switch (position) {
            case "P", "C", "1B" -> true;
            default -> false;
        };
    }
}
