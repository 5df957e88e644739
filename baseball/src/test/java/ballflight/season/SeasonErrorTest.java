package ballflight.season;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Standard errors over seasons: of a mean, and by the jackknife for any figure. */
class SeasonErrorTest {
    @Test
    void theErrorOfAMeanIsTheSampleSdOverRootK() {
        // 1, 2, 3, 4: sample variance 5/3, so sqrt(5/3 / 4).
        assertThat(SeasonError.ofMean(List.of(1.0, 2.0, 3.0, 4.0))).isCloseTo(Math.sqrt(5.0 / 12.0), within(1e-12));
        assertThat(SeasonError.ofMean(List.of(0.8, 0.8, 0.8))).isCloseTo(0.0, within(1e-12));
        assertThat(SeasonError.ofMean(List.of(0.8))).isNaN();
    }

    @Test
    void theJackknifeOfAMeanIsTheErrorOfTheMean() {
        double[] seasons = {0.71, 0.78, 0.62, 0.80, 0.69};
        double sum = 0;
        for (double v : seasons) {
            sum += v;
        }
        double[] leaveOneOut = new double[seasons.length];
        for (int i = 0; i < seasons.length; i++) {
            leaveOneOut[i] = (sum - seasons[i]) / (seasons.length - 1);
        }
        assertThat(SeasonError.jackknife(leaveOneOut)).isCloseTo(
                SeasonError.ofMean(java.util.Arrays.stream(seasons).boxed().toList()), within(1e-12));
        assertThat(SeasonError.jackknife(new double[] {0.7})).isNaN();
        assertThat(SeasonError.jackknife(new double[0])).isNaN();
    }
}
