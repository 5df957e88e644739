package ballflight.projection;

/**
 * The designated hitter is switched off for a team's games (its own lineup; {@code ALL} for every
 * team): the pitcher's spot bats ninth with a pitcher's bat ({@link PitcherAtBat}) and the DH goes
 * to the bench.
 *
 * @param team abbreviation or {@code ALL}
 */
public record DhOff(String team) implements Change {
    public static final String ALL = "ALL";

    @Override
    public String canonical() {
        return "dh," + team + ",off";
    }

    @Override
    public void applyTo(LeagueEdit edit) {
        edit.dhOff(team);
    }
}
