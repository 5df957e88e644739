package ballflight.projection;

import java.util.List;

/**
 * What a projection returns.
 *
 * @param seed the projection seed
 * @param seasons seasons summarised
 * @param table the projected league (with the changes, when there are any)
 * @param baseline the 2025 league on the same seeds (only with compare)
 * @param changes per-team change from the baseline, paired by season (only with compare; else empty)
 * @param seasonsPlayed seasons actually played by this call (the rest came from the cache or a checkpoint)
 */
public record ProjectionResult(long seed, int seasons, ProjectionTable table, ProjectionTable baseline,
                               List<TeamChange> changes, int seasonsPlayed) {
    public ProjectionResult {
        changes = List.copyOf(changes);
    }
}
