package ballflight.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ballflight.model.InputException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A killed run resumes to the same result; the cache answers repeats and extends smaller runs. */
class CheckpointAndCacheTest {
    private static final int SEASONS = 15;

    private static int seasonsIn(Path checkpoint) throws Exception {
        if (!Files.exists(checkpoint)) {
            return 0;
        }
        return (int) Files.readAllLines(checkpoint).stream().filter(l -> !l.isEmpty() && Character.isDigit(l.charAt(0))).count();
    }

    private static Process child(Path checkpoint, Path output) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter(a -> a.startsWith("--")).toList());
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), ProjectionChild.class.getName(),
                Integer.toString(SEASONS), checkpoint.toString(), output.toString()));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    @Test
    void aKilledRunResumesFromItsCheckpointToTheSameResult(@TempDir Path dir) throws Exception {
        Path checkpoint = dir.resolve("run.ckpt");
        Path output = dir.resolve("table.txt");
        Process first = child(checkpoint, output);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (seasonsIn(checkpoint) < 2 && first.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        first.destroyForcibly().waitFor();
        int saved = seasonsIn(checkpoint);
        assertThat(saved).as("seasons in the checkpoint when killed").isBetween(2, SEASONS - 1);
        assertThat(output).as("a killed run writes no result").doesNotExist();

        Process second = child(checkpoint, output);
        assertThat(second.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(second.exitValue()).isZero();
        String uninterrupted = ProjectionChild.run(SEASONS).run().table().toString();
        assertThat(Files.readString(output, StandardCharsets.UTF_8)).isEqualTo(uninterrupted);
        assertThat(seasonsIn(checkpoint)).isEqualTo(SEASONS);
    }

    @Test
    void aCheckpointOfAnotherRunIsRefused(@TempDir Path dir) {
        Path checkpoint = dir.resolve("other.ckpt");
        TestLeagues.coinFlips().seasons(1).seed(1).threads(2).checkpoint(checkpoint, 1).run();
        assertThatThrownBy(() -> TestLeagues.coinFlips().seasons(1).seed(2).threads(2).checkpoint(checkpoint, 1).run())
                .isInstanceOf(InputException.class).hasMessageContaining("belongs to another run");
    }

    @Test
    void theCacheAnswersRepeatsAndPlaysOnlyMissingSeasons(@TempDir Path dir) {
        ResultCache cache = new ResultCache(dir);
        ProjectionResult three = TestLeagues.coinFlips().cache(cache).seasons(3).seed(11).threads(2).run();
        assertThat(three.seasonsPlayed()).isEqualTo(3);
        ProjectionResult again = TestLeagues.coinFlips().cache(cache).seasons(3).seed(11).threads(2).run();
        assertThat(again.seasonsPlayed()).as("a repeat is answered from the cache").isZero();
        assertThat(again.table()).isEqualTo(three.table());
        ProjectionResult two = TestLeagues.coinFlips().cache(cache).seasons(2).seed(11).threads(1).run();
        assertThat(two.seasonsPlayed()).isZero();
        ProjectionResult five = TestLeagues.coinFlips().cache(cache).seasons(5).seed(11).threads(2).run();
        assertThat(five.seasonsPlayed()).as("only the two missing seasons are played").isEqualTo(2);
        assertThat(five.table()).isEqualTo(TestLeagues.coinFlips().seasons(5).seed(11).threads(2).run().table());
        assertThat(two.table()).isEqualTo(TestLeagues.coinFlips().seasons(2).seed(11).threads(2).run().table());
        ProjectionResult otherSeed = TestLeagues.coinFlips().cache(cache).seasons(2).seed(12).threads(2).run();
        assertThat(otherSeed.seasonsPlayed()).as("another seed is another key").isEqualTo(2);
    }
}
