package ballflight.projection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A fingerprint of the engine and its bundled data: the SHA-256 of the jar this class was loaded
 * from (classes and /mlb-2025 resources alike), or of every file under the class directory when
 * run from a build tree. Any change to code or data gives another fingerprint, so the result
 * cache can never answer with seasons an older engine played.
 */
final class EngineVersion {
    private EngineVersion() {
    }

    private static final class Holder {
        static final String VALUE = compute();
    }

    static String fingerprint() {
        return Holder.VALUE;
    }

    private static String compute() {
        try {
            Path source = Path.of(EngineVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            if (Files.isDirectory(source)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(source)) {
                    files = walk.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path f : files) {
                    sha.update(source.relativize(f).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    sha.update(Files.readAllBytes(f));
                }
            } else {
                sha.update(Files.readAllBytes(source));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot fingerprint the engine", e);
        } catch (URISyntaxException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint the engine", e);
        }
    }

    /** SHA-256 of {@code text}, hex. */
    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
