package ballflight.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** How often a normal draw leaves a window centred on zero. */
class NormalTest {
    @Test
    void aStandardDrawLeavesTheNinetyFivePercentWindowOneTimeInTwenty() {
        assertThat(Normal.outside(0.0, 1.0, 1.959964)).isCloseTo(0.05, within(1e-6));
        assertThat(Normal.outside(0.0, 2.0, 2 * 1.959964)).isCloseTo(0.05, within(1e-6));
    }

    @Test
    void aMeanOffCentreLeavesMoreOftenAndOnItsOwnSide() {
        double centred = Normal.outside(0.0, 1.0, 1.0);
        double off = Normal.outside(0.8, 1.0, 1.0);
        assertThat(off).isGreaterThan(centred);
        assertThat(off).isCloseTo((1 - Normal.cdf(0.2)) + Normal.cdf(-1.8), within(1e-12));
        assertThat(Normal.outside(-0.8, 1.0, 1.0)).isCloseTo(off, within(1e-12));
    }
}
