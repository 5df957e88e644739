package ballflight.data;

/**
 * One fielder on the field for a play.
 *
 * @param name player name (or "league average")
 * @param spot where he starts
 * @param skill how fast he gets there and throws
 */
public record Fielder(String name, FieldPosition spot, FielderSkill skill) {
}
