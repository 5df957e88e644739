package ballflight.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ballflight.data.Hitter;
import ballflight.pitch.PaTuning;
import org.junit.jupiter.api.Test;

/** A batter's whiff rate per swing, taken to the zone through how often he chases. */
class SwingMixTest {
    private static final double ZONE_SWING = PaTuning.DEFAULT.zoneSwing();

    @Test
    void aLeagueChaserKeepsHisOdds() {
        assertThat(SwingMix.zoneOddsFactor(Hitter.LEAGUE_CHASE_RATE, ZONE_SWING)).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void aChaserMissesLessInTheZoneForTheSameWhiffRate() {
        double chaser = SwingMix.zoneOddsFactor(0.40, ZONE_SWING);
        double patient = SwingMix.zoneOddsFactor(0.18, ZONE_SWING);
        assertThat(chaser).isLessThan(1.0);
        assertThat(patient).isGreaterThan(1.0);
        // Over his own mix the chaser's whiff odds come back to what they were: zone odds times
        // (1 - s + R s), s his chases' share of swings, R the chase/zone odds ratio.
        double share = 0.40 * 0.5 / (0.40 * 0.5 + ZONE_SWING * 0.5);
        double leagueShare = Hitter.LEAGUE_CHASE_RATE * 0.5 / (Hitter.LEAGUE_CHASE_RATE * 0.5 + ZONE_SWING * 0.5);
        double r = SwingMix.CHASE_WHIFF_ODDS_RATIO;
        assertThat(chaser * (1 - share + r * share)).isCloseTo(1 - leagueShare + r * leagueShare, within(1e-12));
    }

    @Test
    void chasesMissAboutThreeTimesTheOddsOfZoneSwings() {
        assertThat(SwingMix.CHASE_WHIFF_ODDS_RATIO).isBetween(3.1, 3.3);
    }
}
