package ballflight.projection;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Seasons already played, one file per run key under the user's cache directory
 * ({@code $XDG_CACHE_HOME/ballflight/projections}, else {@code ~/.cache/...}; {@code ~/Library/Caches}
 * on macOS, {@code %LOCALAPPDATA%} on Windows). The key covers everything that decides a season
 * except how many are asked for, so a cached run answers any N up to its own at once and a larger
 * N plays only the missing seasons. Unreadable entries are ignored (and rewritten).
 */
public final class ResultCache {
    private final Path dir;

    public ResultCache(Path dir) {
        this.dir = dir;
    }

    /** The default location for this user. */
    public static ResultCache userDefault() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        Path base;
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (os.contains("mac")) {
            base = Path.of(home, "Library", "Caches");
        } else if (os.contains("win") && System.getenv("LOCALAPPDATA") != null) {
            base = Path.of(System.getenv("LOCALAPPDATA"));
        } else if (xdg != null && !xdg.isBlank()) {
            base = Path.of(xdg);
        } else {
            base = Path.of(home, ".cache");
        }
        return new ResultCache(base.resolve("ballflight").resolve("projections"));
    }

    public Path dir() {
        return dir;
    }

    private Path file(String key) {
        return dir.resolve(key + ".txt");
    }

    /** The cached seasons for {@code key} (empty when none or unreadable). */
    List<SeasonOutcome> load(String key, List<String> teams) {
        Path f = file(key);
        if (!Files.isRegularFile(f)) {
            return List.of();
        }
        try {
            return OutcomeLog.read(f, teams).getOrDefault(key, List.of());
        } catch (IOException | IllegalArgumentException e) {
            return List.of();
        }
    }

    /** Stores {@code seasons} for {@code key}; a cache that cannot be written is skipped (the run's result stands). */
    boolean store(String key, List<String> teams, List<SeasonOutcome> seasons) {
        try {
            AtomicFile.write(file(key), OutcomeLog.format(teams, Map.of(key, seasons)));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
