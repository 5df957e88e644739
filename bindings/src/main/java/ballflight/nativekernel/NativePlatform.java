package ballflight.nativekernel;

import java.util.Locale;

/**
 * Where the bundled library for an OS and CPU lives inside the jar:
 * {@code /native/<os>-<arch>/<file>} with os {@code linux|macos|windows}, arch
 * {@code x86_64|aarch64}, and the file name {@link System#mapLibraryName} gives on that OS.
 *
 * @param os {@code linux}, {@code macos} or {@code windows}
 * @param arch {@code x86_64} or {@code aarch64}
 */
public record NativePlatform(String os, String arch) {
    static final String LIBRARY = "ballflight";

    /** The platform of this JVM, from {@code os.name} and {@code os.arch}. */
    public static NativePlatform current() {
        return of(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
    }

    /**
     * Maps Java's {@code os.name} / {@code os.arch} values to the bundle's names.
     *
     * @throws IllegalArgumentException for an OS or CPU no library is built for
     */
    public static NativePlatform of(String osName, String osArch) {
        String n = osName.toLowerCase(Locale.ROOT);
        String os;
        if (n.startsWith("linux")) {
            os = "linux";
        } else if (n.startsWith("mac") || n.startsWith("darwin")) {
            os = "macos";
        } else if (n.startsWith("windows")) {
            os = "windows";
        } else {
            throw new IllegalArgumentException("no native library is built for os.name '" + osName
                    + "' (supported: Linux, macOS, Windows)");
        }
        String arch = switch (osArch.toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64", "x86-64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            default -> throw new IllegalArgumentException("no native library is built for os.arch '" + osArch
                    + "' (supported: x86_64/amd64, aarch64/arm64)");
        };
        return new NativePlatform(os, arch);
    }

    /** The library's file name on this platform's OS (what {@code System.mapLibraryName} gives there). */
    public String libraryFileName() {
        return switch (os) {
            case "macos" -> "lib" + LIBRARY + ".dylib";
            case "windows" -> LIBRARY + ".dll";
            default -> "lib" + LIBRARY + ".so";
        };
    }

    /** Class-path resource of the bundled library, e.g. {@code /native/linux-x86_64/libballflight.so}. */
    public String resourcePath() {
        return "/native/" + os + "-" + arch + "/" + libraryFileName();
    }

    @Override
    public String toString() {
        return os + "-" + arch;
    }
}
