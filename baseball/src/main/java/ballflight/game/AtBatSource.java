package ballflight.game;

import ballflight.data.Defense;
import ballflight.data.Hitter;
import ballflight.data.Park;
import ballflight.data.Pitcher;
import ballflight.pa.PitchListener;
import java.util.random.RandomGenerator;

/** Plays plate appearances for a game: the physics engine, or a script in rule tests. */
@FunctionalInterface
public interface AtBatSource {
    AtBat play(Hitter batter, Pitcher pitcher, Defense defense, Park park, RandomGenerator rng);

    /** The same, telling {@code pitches} about every pitch (sources without pitches ignore it). */
    default AtBat play(Hitter batter, Pitcher pitcher, Defense defense, Park park, RandomGenerator rng,
                       PitchListener pitches) {
        return play(batter, pitcher, defense, park, rng);
    }
}
