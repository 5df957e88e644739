package ballflight.projection;

/**
 * A player misses the season (injury): his team plays without him, the next hitter or pitcher by
 * 2025 playing time takes his place.
 *
 * @param player his name as in the 2025 data
 */
public record RemovePlayer(String player) implements Change {
    @Override
    public String canonical() {
        return "remove," + player;
    }

    @Override
    public void applyTo(LeagueEdit edit) {
        edit.remove(player);
    }
}
