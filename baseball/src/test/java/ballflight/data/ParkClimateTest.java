package ballflight.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ballflight.units.Units;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;

/** Game-day weather: warmer in summer and by day, the park's average kept, the wind as the park's. */
class ParkClimateTest {
    private static final LeagueData DATA = LeagueData.mlb2025();

    private static RandomGenerator rng(long seed) {
        return RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
    }

    @Test
    void summerAndDayGamesAreWarmerAndTheSeasonKeepsSavantsAverage() {
        ParkClimate boston = DATA.climate("BOS");
        assertThat(boston.temperatureF(7.5, false) - boston.temperatureF(4.5, false)).isCloseTo(boston.swingF(), within(1e-9));
        assertThat(boston.temperatureF(6.0, true) - boston.temperatureF(6.0, false)).isEqualTo(ParkClimate.DAY_MINUS_NIGHT_F);
        // Averaged over April-September and over the park's day/night mix, it is Savant's average.
        double sum = 0;
        int n = 6000;
        for (int i = 0; i < n; i++) {
            double month = 4.0 + 6.0 * (i + 0.5) / n;
            sum += boston.dayShare() * boston.temperatureF(month, true) + (1 - boston.dayShare()) * boston.temperatureF(month, false);
        }
        assertThat(sum / n).isCloseTo(boston.averageTempF(), within(0.01));
        // San Francisco's September is its warmest time; Minneapolis swings most.
        ParkClimate sf = DATA.climate("SFG");
        assertThat(sf.temperatureF(9.5, false)).isGreaterThan(sf.temperatureF(7.0, false));
        assertThat(DATA.climate("MIN").swingF()).isGreaterThan(sf.swingF() * 3);
    }

    @Test
    void eachGameDrawsItsOwnWeatherAndTheSameSeedTheSame() {
        ParkClimate cubs = DATA.climate("CHC");
        Weather a = cubs.sample(7.2, true, rng(11));
        assertThat(cubs.sample(7.2, true, rng(11))).isEqualTo(a);
        double minT = Double.MAX_VALUE;
        double maxT = -Double.MAX_VALUE;
        for (long s = 0; s < 200; s++) {
            Weather w = cubs.sample(7.2, true, rng(s));
            minT = Math.min(minT, w.temperatureF());
            maxT = Math.max(maxT, w.temperatureF());
            assertThat(w.roofClosed()).isFalse();
            assertThat(w.wind().speedMph()).isBetween(0.0, 60.0);
        }
        assertThat(maxT - minT).as("temperature spread over 200 July day games").isGreaterThan(15.0);
    }

    @Test
    void wrigleysWindBlowsInInSpringAndOutInSummer() {
        ParkClimate cubs = DATA.climate("CHC");
        double aprilOutMph = 0;
        double julyOutMph = 0;
        int games = 4000;
        for (long s = 0; s < games; s++) {
            aprilOutMph += Units.mpsToMph(cubs.sample(4.5, true, rng(s)).wind().yMps()) / games;
            julyOutMph += Units.mpsToMph(cubs.sample(7.5, true, rng(s)).wind().yMps()) / games;
        }
        // Half the games take the prevailing direction (+-25 deg) at 9 mph on average, the rest any
        // direction: in April 4.1 mph in from center, in July 4.1 out, on top of the same breeze.
        assertThat(julyOutMph - aprilOutMph).isBetween(7.0, 9.5);
        assertThat(aprilOutMph).isNegative();
        assertThat(julyOutMph - cubs.breeze().yMps() / Units.mphToMps(1.0)).isCloseTo(4.1, within(0.6));
    }

    @Test
    void aRoofIsClosedAboutAsOftenAsIn2025() {
        ParkClimate houston = DATA.climate("HOU");
        int closed = 0;
        for (long s = 0; s < 1000; s++) {
            Weather w = houston.sample(7.0, false, rng(s));
            if (w.roofClosed()) {
                closed++;
                assertThat(w.temperatureF()).isEqualTo(Weather.ROOF_CLOSED_F);
                // No weather under the roof: only the park's breeze and the roof's carry.
                assertThat(w.wind()).isEqualTo(ParkBreeze.underRoof(houston.breeze()));
            }
        }
        assertThat(closed / 1000.0).isCloseTo(houston.roofClosedShare(), within(0.03));
        assertThat(DATA.climate("COL").roofClosedShare()).isZero();
    }

    @Test
    void theMonthComesFromTheDate() {
        assertThat(ParkClimate.monthOf("20250401")).isEqualTo(4.0);
        assertThat(ParkClimate.monthOf("20250716")).isCloseTo(7.48, within(0.01));
    }
}
