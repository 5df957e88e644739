package ballflight.season;

/**
 * A game that threw instead of finishing (its seed and teams identify it).
 *
 * @param index schedule position
 * @param seed the game's seed
 * @param away visitors
 * @param home home team
 * @param message what went wrong
 */
public record GameFailure(int index, long seed, String away, String home, String message) {
}
