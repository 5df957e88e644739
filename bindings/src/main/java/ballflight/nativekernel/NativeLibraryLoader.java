package ballflight.nativekernel;

import ballflight.kernel.spi.KernelUnavailableException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.SymbolLookup;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds libballflight and opens it by absolute path ({@code SymbolLookup.libraryLookup(String)}
 * would search the OS path and ignore {@code java.library.path}). Order:
 * <ol>
 *   <li>system property {@value #PATH_PROPERTY}: a library file; nothing else is tried;</li>
 *   <li>environment variable {@value #PATH_ENV}: same;</li>
 *   <li>the library bundled in the jar under {@code /native/<os>-<arch>/}, used in place when
 *       it is a plain file (exploded class path) or else copied once into a private temporary
 *       directory (under {@value #DIR_PROPERTY} if set, for systems whose /tmp is noexec).</li>
 * </ol>
 * A failure names every path tried, the detected platform and the property that overrides it.
 */
final class NativeLibraryLoader {
    static final String PATH_PROPERTY = "ballflight.native.path";
    static final String PATH_ENV = "BALLFLIGHT_NATIVE_PATH";
    static final String DIR_PROPERTY = "ballflight.native.dir";
    static final String EXTRACT_PREFIX = "ballflight-native-";

    /** A library opened for the life of the process. */
    record Loaded(Path path, SymbolLookup lookup) {
    }

    private NativeLibraryLoader() {
    }

    static Loaded load() throws KernelUnavailableException {
        List<String> tried = new ArrayList<>();
        String platformText;
        NativePlatform platform = null;
        try {
            platform = NativePlatform.current();
            platformText = platform.toString();
        } catch (IllegalArgumentException e) {
            platformText = e.getMessage();
        }
        String property = System.getProperty(PATH_PROPERTY);
        String env = System.getenv(PATH_ENV);
        try {
            if (property != null && !property.isBlank()) {
                return open(Path.of(property), "-D" + PATH_PROPERTY, tried);
            }
            if (env != null && !env.isBlank()) {
                return open(Path.of(env), "$" + PATH_ENV, tried);
            }
            if (platform == null) {
                throw new IOException("no bundled library for this platform");
            }
            return open(bundled(platform, tried), "bundled " + platform.resourcePath(), tried);
        } catch (IllegalCallerException e) {
            throw e; // missing --enable-native-access: the provider reports the exact flag
        } catch (IOException | RuntimeException e) {
            throw new KernelUnavailableException("cannot load the ballflight native library: " + e.getMessage()
                    + "; tried: " + (tried.isEmpty() ? "(nothing)" : String.join(", ", tried))
                    + "; platform: " + platformText
                    + "; set -D" + PATH_PROPERTY + "=/path/to/" + System.mapLibraryName(NativePlatform.LIBRARY)
                    + " (or $" + PATH_ENV + ") to use another file, -D" + DIR_PROPERTY + "=/some/dir to extract the"
                    + " bundled library elsewhere (e.g. when " + tmpDir() + " is mounted noexec), or build it with"
                    + " `make native`", e);
        }
    }

    @SuppressWarnings("restricted") // needs --enable-native-access; the provider reports a missing flag
    private static Loaded open(Path file, String source, List<String> tried) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        tried.add(absolute + " (" + source + ")");
        if (!Files.isRegularFile(absolute)) {
            throw new IOException(absolute + " (from " + source + ") is not a file");
        }
        try {
            return new Loaded(absolute, SymbolLookup.libraryLookup(absolute, Arena.global()));
        } catch (IllegalCallerException e) {
            throw e; // missing --enable-native-access: reported by the caller with the exact flag
        } catch (IllegalArgumentException e) {
            throw new IOException("the OS refused to load " + absolute + ": " + e.getMessage(), e);
        }
    }

    /** The bundled library as a file: in place if the class path is a directory, else extracted. */
    private static Path bundled(NativePlatform platform, List<String> tried) throws IOException {
        String resource = platform.resourcePath();
        URL url = NativeLibraryLoader.class.getResource(resource);
        if (url == null) {
            tried.add("class-path resource " + resource + " (absent: this jar was built without the native"
                    + " library for " + platform + ")");
            throw new IOException("no library bundled for " + platform);
        }
        if ("file".equals(url.getProtocol())) {
            try {
                return Path.of(url.toURI());
            } catch (URISyntaxException | IllegalArgumentException e) {
                // fall through to extraction
            }
        }
        return extract(url, platform);
    }

    private static String tmpDir() {
        return System.getProperty("java.io.tmpdir");
    }

    /**
     * Copies the library into {@code <parent>/ballflight-native-<pid>-<random>/}. Windows cannot
     * delete a DLL while it is loaded, so {@code deleteOnExit} fails there and every run would
     * leave its directory behind (as a SIGKILL does on any OS): each extraction first removes the
     * directories of processes that are gone.
     */
    private static Path extract(URL url, NativePlatform platform) throws IOException {
        String base = System.getProperty(DIR_PROPERTY);
        Path parent = base == null || base.isBlank() ? Path.of(tmpDir()) : Path.of(base);
        Files.createDirectories(parent);
        StaleExtractions.delete(parent, EXTRACT_PREFIX);
        String prefix = EXTRACT_PREFIX + ProcessHandle.current().pid() + "-";
        Path dir = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                ? Files.createTempDirectory(parent, prefix,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")))
                : Files.createTempDirectory(parent, prefix);
        // deleteOnExit runs in reverse order of registration: the file goes first, then the dir.
        dir.toFile().deleteOnExit();
        Path file = dir.resolve(platform.libraryFileName());
        file.toFile().deleteOnExit();
        try (InputStream in = url.openStream()) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }
}
