package ballflight.season;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NoiseBoundTest {
    @Test
    void noScatterMeansNoLimit() {
        double[] real = {1, 2, 3, 4};
        List<double[]> sim = List.of(new double[] {5, 5}, new double[] {1, 1}, new double[] {0, 0}, new double[] {9, 9});
        assertThat(NoiseBound.of(real, sim, 1)).isEqualTo(1.0);
    }

    @Test
    void recoversTheCorrelationOfTruthPlusNoise() {
        // 2025 values with sd 2, seasons scattering with sd 1 around them: r = 2 / sqrt(4 + 1).
        SplittableRandom rng = new SplittableRandom(3);
        int players = 4000;
        double[] real = new double[players];
        List<double[]> sim = new ArrayList<>();
        for (int i = 0; i < players; i++) {
            real[i] = 2 * rng.nextDouble(-Math.sqrt(3), Math.sqrt(3));
            double[] seasons = new double[5];
            for (int s = 0; s < seasons.length; s++) {
                seasons[s] = real[i] + gaussian(rng);
            }
            sim.add(seasons);
        }
        assertThat(NoiseBound.of(real, sim, 1)).isCloseTo(2 / Math.sqrt(5), within(0.01));
        // The mean of five seasons scatters five times less.
        assertThat(NoiseBound.of(real, sim, 5)).isCloseTo(2 / Math.sqrt(4 + 0.2), within(0.01));
    }

    @Test
    void undefinedWithoutRepeatedSeasons() {
        double[] real = {1, 2, 3};
        List<double[]> sim = List.of(new double[] {1}, new double[] {2, 2.5}, new double[0]);
        assertThat(NoiseBound.of(real, sim, 1)).isNaN();
    }

    private static double gaussian(SplittableRandom rng) {
        double u = rng.nextDouble();
        double v = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
    }
}
