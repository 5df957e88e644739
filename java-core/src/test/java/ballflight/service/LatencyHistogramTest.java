package ballflight.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LatencyHistogramTest {

    @Test
    void percentilesFallWithinOneBucketOfTheTruth() {
        LatencyHistogram h = new LatencyHistogram();
        for (int us = 1; us <= 10_000; us++) {
            h.record(us);
        }
        assertThat(h.count()).isEqualTo(10_000);
        // Buckets are 1/16 of an octave wide: the reported edge is at most ~6.3 % above the true value.
        assertThat(h.percentile(0.5)).isBetween(5_000.0, 5_000 * 1.0625);
        assertThat(h.percentile(0.99)).isBetween(9_900.0, 9_900 * 1.0625);
        assertThat(h.percentile(1.0)).isBetween(10_000.0, 10_000 * 1.0625);
    }

    @Test
    void bucketsAreMonotoneAndEdgesContainTheirValues() {
        int last = -1;
        for (long us = 1; us < 1L << 20; us = us * 17 / 16 + 1) {
            int b = LatencyHistogram.bucket(us);
            assertThat(b).isGreaterThanOrEqualTo(last);
            assertThat(LatencyHistogram.upperEdge(b)).isGreaterThan(us - 1e-9);
            last = b;
        }
        assertThat(new LatencyHistogram().percentile(0.5)).isEqualTo(0.0, within(0.0));
    }
}
