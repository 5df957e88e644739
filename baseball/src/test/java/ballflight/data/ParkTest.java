package ballflight.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ballflight.model.Atmosphere;
import org.junit.jupiter.api.Test;

class ParkTest {
    private static final double[] POINTS_DEG = {-45, -22.5, 0, 22.5, 45};

    /** The fence's mean distance over spray angle, -45° to +45°, by the midpoint rule. */
    private static double meanFenceFt(Park p) {
        int n = 90_000;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += p.fenceDistanceFt(-45.0 + 90.0 * (i + 0.5) / n);
        }
        return sum / n;
    }

    private static Park park(double l, double lg, double c, double rg, double r) {
        return new Park("", "test", l, lg, c, rg, r, 8.0, Atmosphere.STANDARD);
    }

    @Test
    void theMeanFenceDistanceIsTheOneAskedForAndTheFenceStillPassesThroughTheFivePoints() {
        Park straight = park(318, 392, 408, 364, 313);
        for (double mean : new double[] {360.0, 369.0, 380.0}) {
            Park shaped = straight.withMeanFenceDistanceFt(mean);
            assertThat(meanFenceFt(shaped)).as("mean %s", mean).isCloseTo(mean, within(0.01));
            for (double deg : POINTS_DEG) {
                assertThat(shaped.fenceDistanceFt(deg)).isCloseTo(straight.fenceDistanceFt(deg), within(1e-9));
            }
        }
    }

    @Test
    void aParkMeasuredShallowerThanItsInterpolationBowsInMidwayBetweenItsPoints() {
        Park straight = park(330, 380, 400, 380, 330);
        double interpolatedMean = meanFenceFt(straight);
        Park shallow = straight.withMeanFenceDistanceFt(interpolatedMean - 4.0);
        Park deep = straight.withMeanFenceDistanceFt(interpolatedMean + 4.0);
        assertThat(shallow.bulgeFt()).isCloseTo(-4.0 * Math.PI / 2, within(1e-9));
        // Midway between the left-field line and the gap: the whole bulge; a quarter of the way: sin(pi/4) of it.
        assertThat(shallow.fenceDistanceFt(-33.75)).isCloseTo(straight.fenceDistanceFt(-33.75) - 2 * Math.PI, within(1e-9));
        assertThat(deep.fenceDistanceFt(-39.375) - straight.fenceDistanceFt(-39.375))
                .isCloseTo(2 * Math.PI * Math.sin(Math.PI / 4), within(1e-9));
        // Beyond the poles the fence stays the line's distance.
        assertThat(deep.fenceDistanceFt(60)).isEqualTo(330.0);
    }

    @Test
    void everyBundledParksFenceAveragesItsMeasuredMeanDistanceAndTheNeutralParkTheirMeanBulge() {
        LeagueData data = LeagueData.mlb2025();
        CsvTable t = CsvTable.load("/mlb-2025/parks.csv");
        double bulges = 0;
        for (int r = 0; r < t.size(); r++) {
            Park p = data.park(t.text(r, "team"));
            assertThat(meanFenceFt(p)).as(p.venue()).isCloseTo(t.number(r, "avg_fence_ft"), within(0.01));
            bulges += p.bulgeFt();
        }
        assertThat(data.neutralPark().bulgeFt()).isCloseTo(bulges / t.size(), within(1e-9));
        // Houston's fence measures 364 ft on average, 4.5 ft inside the interpolation through its points.
        Park houston = data.park("HOU");
        assertThat(houston.fenceDistanceFt(-33.75)).isLessThan((houston.leftLineFt() + houston.leftGapFt()) / 2 - 5);
    }
}
