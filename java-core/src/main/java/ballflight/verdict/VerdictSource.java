package ballflight.verdict;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the verdict {@code auto} follows. First hit wins:
 * <ol>
 * <li>system property {@value #PATH_PROPERTY}: a verdict file, or {@code none} for no verdict;</li>
 * <li>the user's cache file written by {@code ballflight bench} ({@link #userCacheFile()});</li>
 * <li>the jar's default {@value #DEFAULT_RESOURCE}, measured by {@code make bench}.</li>
 * </ol>
 * A file that cannot be read or checked is skipped with a warning naming it and the problem.
 */
public final class VerdictSource {
    public static final String PATH_PROPERTY = "ballflight.verdict";
    public static final String DEFAULT_RESOURCE = "/ballflight/default-verdict.json";
    private static final String FILE_NAME = "verdict.json";

    private VerdictSource() {
    }

    /** The verdict for this process: the property, the user's cache file, or the jar default. */
    public static LoadedVerdict load() {
        String property = System.getProperty(PATH_PROPERTY);
        if (property != null && property.trim().equalsIgnoreCase("none")) {
            return new LoadedVerdict(null, "none (-D" + PATH_PROPERTY + "=none)", null);
        }
        Path user = property != null && !property.isBlank() ? Path.of(property.trim()) : userCacheFile();
        return load(user, VerdictSource.class.getResource(DEFAULT_RESOURCE));
    }

    /** Pure lookup for tests: {@code userFile} if it exists and checks out, else {@code jarDefault}. */
    public static LoadedVerdict load(Path userFile, URL jarDefault) {
        String warning = null;
        if (userFile != null && Files.exists(userFile)) {
            try {
                return new LoadedVerdict(VerdictJson.read(userFile), "user cache " + userFile, null);
            } catch (IOException | RuntimeException e) {
                warning = "ignored " + userFile + ": " + e.getMessage();
            }
        }
        if (jarDefault != null) {
            try (InputStream in = jarDefault.openStream()) {
                return new LoadedVerdict(VerdictJson.read(in), "jar default " + DEFAULT_RESOURCE, warning);
            } catch (IOException | RuntimeException e) {
                String problem = "ignored the jar default " + DEFAULT_RESOURCE + ": " + e.getMessage();
                warning = warning == null ? problem : warning + "; " + problem;
            }
        }
        return new LoadedVerdict(null, "none", warning);
    }

    /** Where {@code ballflight bench} writes, per platform convention. */
    public static Path userCacheFile() {
        return userCacheFile(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"));
    }

    static Path userCacheFile(String osName, Map<String, String> env, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        Path dir;
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            dir = local != null && !local.isBlank() ? Path.of(local, "ballflight")
                    : Path.of(userHome, "AppData", "Local", "ballflight");
        } else if (os.startsWith("mac")) {
            dir = Path.of(userHome, "Library", "Caches", "ballflight");
        } else {
            String xdg = env.get("XDG_CACHE_HOME");
            // XDG: a relative value is invalid and must be ignored.
            dir = xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg, "ballflight")
                    : Path.of(userHome, ".cache", "ballflight");
        }
        return dir.resolve(FILE_NAME);
    }
}
