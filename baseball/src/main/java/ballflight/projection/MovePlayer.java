package ballflight.projection;

/**
 * A player joins another team for the whole season (as a hitter, a pitcher or both, as he was in 2025).
 *
 * @param player his name as in the 2025 data
 * @param team the team he moves to
 */
public record MovePlayer(String player, String team) implements Change {
    @Override
    public String canonical() {
        return "move," + player + "," + team;
    }

    @Override
    public void applyTo(LeagueEdit edit) {
        edit.move(player, team);
    }
}
