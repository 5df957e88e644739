package ballflight.spark;

import ballflight.backend.Backend;
import ballflight.data.LeagueData;
import ballflight.kernel.Stepping;
import ballflight.projection.ChangesFile;
import ballflight.projection.Projection;
import java.io.Serializable;
import java.util.List;

/**
 * A projection as {@code ballflight project} takes it, as a plain value every executor rebuilds
 * the same {@link Projection} from.
 *
 * @param seasons seasons to play (1 or more)
 * @param seed the projection seed (season i plays the i-th split of it)
 * @param games play only the first N games of the schedule, or -1 for all
 * @param changesCsv the lines of a what-if file (header first), or empty for the 2025 league
 * @param compare also play the unchanged league on the same seeds
 * @param backend kernel family on the executors
 * @param toleranceFt tolerance stepping's position tolerance, ft (the CLI's default 0.01)
 */
public record ProjectRequest(int seasons, long seed, int games, List<String> changesCsv, boolean compare, Backend backend,
                             double toleranceFt) implements Serializable {
    public ProjectRequest {
        changesCsv = List.copyOf(changesCsv);
    }

    /** The CLI's defaults: all games, no changes, auto, tolerance 0.01 ft. */
    public static ProjectRequest of(int seasons, long seed) {
        return new ProjectRequest(seasons, seed, -1, List.of(), false, Backend.AUTO, Stepping.DEFAULT_TOLERANCE_FT);
    }

    /** How the CLI names the stepping in its output. */
    String mode() {
        return Stepping.tolerance(toleranceFt).describe();
    }

    /** The projection, split into seasons; {@code threads} play one season's games. */
    Projection projection(int threads) {
        Projection.Builder b = Projection.builder().seasons(seasons).seed(seed).threads(threads).backend(backend)
                .stepping(Stepping.tolerance(toleranceFt)).cache(null).compare(compare);
        if (!changesCsv.isEmpty()) {
            LeagueData data = LeagueData.mlb2025();
            b.changes(ChangesFile.parse("changes", changesCsv, data, data.parks().keySet()));
        }
        if (games >= 0) {
            b.games(games);
        }
        return b.split();
    }
}
