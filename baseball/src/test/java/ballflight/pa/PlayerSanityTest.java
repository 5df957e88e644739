package ballflight.pa;

import static org.assertj.core.api.Assertions.assertThat;

import ballflight.data.Hitter;
import ballflight.data.Pitcher;
import org.junit.jupiter.api.Test;

/** Player skills show through the physics: power, contact and strikeout stuff. */
class PlayerSanityTest {

    @Test
    void aPowerHitterOutHomersAContactHitterAndAnEliteStrikeoutPitcherStrikesOutMore() {
        var data = ballflight.data.LeagueData.mlb2025();
        Hitter power = data.hitter("Cal Raleigh");
        Hitter contact = data.hitter("Luis Arraez");
        Pitcher ace = data.pitcher("Garrett Crochet");
        PaStats p = PaCalibrationTest.run(Matchups.of(power, null, data.hitters(), data.pitchers()), 20_000, 1, 2);
        PaStats c = PaCalibrationTest.run(Matchups.of(contact, null, data.hitters(), data.pitchers()), 20_000, 1, 2);
        PaStats k = PaCalibrationTest.run(Matchups.of(null, ace, data.hitters(), data.pitchers()), 20_000, 1, 2);
        PaStats league = PaCalibrationTest.run(PaCalibrationTest.league(), 20_000, 1, 2);
        assertThat(p.hrPct()).isGreaterThan(2.5 * c.hrPct());
        assertThat(c.kPct()).isLessThan(p.kPct());
        assertThat(k.kPct()).isGreaterThan(league.kPct() + 0.04);
    }
}
