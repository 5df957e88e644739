package ballflight.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerdictSourceTest {
    @TempDir
    Path dir;

    private URL jarDefault() throws Exception {
        Verdict v = new VerdictFixtures().batch("ACCURATE", 256, 1000, 1000, 5000).verdict();
        Path f = dir.resolve("default.json");
        VerdictJson.write(v, f);
        return f.toUri().toURL();
    }

    @Test
    void theUsersFileWinsOverTheJarDefault() throws Exception {
        Path user = dir.resolve("cache/ballflight/verdict.json");
        VerdictJson.write(VerdictFixtures.crossoverAt256(), user);
        LoadedVerdict loaded = VerdictSource.load(user, jarDefault());
        assertThat(loaded.verdict()).isEqualTo(VerdictFixtures.crossoverAt256());
        assertThat(loaded.origin()).isEqualTo("user cache " + user);
        assertThat(loaded.warning()).isNull();
    }

    @Test
    void noUserFileMeansTheJarDefault() throws Exception {
        LoadedVerdict loaded = VerdictSource.load(dir.resolve("missing.json"), jarDefault());
        assertThat(loaded.origin()).isEqualTo("jar default /ballflight/default-verdict.json");
        assertThat(loaded.verdict().workloads()).hasSize(1);
        assertThat(loaded.warning()).isNull();
        assertThat(VerdictSource.load(null, null)).isEqualTo(new LoadedVerdict(null, "none", null));
    }

    @Test
    void malformedUserFileWarnsAndFallsBackToTheDefault() throws Exception {
        Path user = dir.resolve("verdict.json");
        Files.writeString(user, "{ \"schema\": 1, \"workloads\": [ {");
        LoadedVerdict loaded = VerdictSource.load(user, jarDefault());
        assertThat(loaded.origin()).startsWith("jar default");
        assertThat(loaded.warning()).startsWith("ignored " + user + ": not a verdict: ");
        assertThat(loaded.describe()).contains("(warning: ignored " + user);
    }

    @Test
    void wellFormedJsonWithABadFieldIsRefusedByName() throws Exception {
        String json = VerdictJson.write(VerdictFixtures.crossoverAt256());
        Path user = dir.resolve("verdict.json");
        Files.writeString(user, json.replaceFirst("\"winner\" : \"java\"", "\"winner\" : \"gpu\""));
        assertThatThrownBy(() -> VerdictJson.read(user)).isInstanceOf(VerdictFormatException.class)
                .hasMessageContaining(".winner: unknown contender 'gpu'");
        Files.writeString(user, json.replace("\"schema\" : 1", "\"schema\" : 7"));
        assertThatThrownBy(() -> VerdictJson.read(user)).hasMessage("schema = 7 but this version reads schema 1");
        LoadedVerdict loaded = VerdictSource.load(user, null);
        assertThat(loaded.verdict()).isNull();
        assertThat(loaded.warning()).contains("schema = 7");
    }

    @Test
    void cacheDirectoryFollowsEachPlatformsConvention() {
        assertThat(VerdictSource.userCacheFile("Linux", Map.of("XDG_CACHE_HOME", "/x/cache"), "/home/u"))
                .isEqualTo(Path.of("/x/cache/ballflight/verdict.json"));
        assertThat(VerdictSource.userCacheFile("Linux", Map.of("XDG_CACHE_HOME", "relative"), "/home/u"))
                .isEqualTo(Path.of("/home/u/.cache/ballflight/verdict.json"));
        assertThat(VerdictSource.userCacheFile("Linux", Map.of(), "/home/u"))
                .isEqualTo(Path.of("/home/u/.cache/ballflight/verdict.json"));
        assertThat(VerdictSource.userCacheFile("Mac OS X", Map.of(), "/Users/u"))
                .isEqualTo(Path.of("/Users/u/Library/Caches/ballflight/verdict.json"));
        assertThat(VerdictSource.userCacheFile("Windows 11", Map.of("LOCALAPPDATA", "C:/Users/u/AppData/Local"), "C:/Users/u"))
                .isEqualTo(Path.of("C:/Users/u/AppData/Local", "ballflight", "verdict.json"));
    }
}
