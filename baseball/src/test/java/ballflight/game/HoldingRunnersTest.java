package ballflight.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class HoldingRunnersTest {
    @Test
    void aLeagueRecordGivesLeagueBehaviour() {
        HoldingRunners h = HoldingRunners.of(10_000, 10_000 * HoldingRunners.LEAGUE_ATTEMPT_RATE * HoldingRunners.LEAGUE_SUCCESS,
                10_000 * HoldingRunners.LEAGUE_ATTEMPT_RATE * (1 - HoldingRunners.LEAGUE_SUCCESS));
        assertThat(h.attemptFactor()).isCloseTo(1.0, within(1e-9));
        assertThat(h.deliveryS()).isCloseTo(Game.DELIVERY_S, within(1e-9));
    }

    @Test
    void runnersAttackAPitcherTheyStealOffAndRespectOneWhoCatchesThem() {
        // 3000 opportunities: 60 steals and 2 caught against one; 10 steals and 14 caught against the other.
        HoldingRunners easy = HoldingRunners.of(3000, 60, 2);
        HoldingRunners tough = HoldingRunners.of(3000, 10, 14);
        assertThat(easy.attemptFactor()).isGreaterThan(1.0);
        assertThat(tough.attemptFactor()).isLessThan(easy.attemptFactor());
        assertThat(easy.deliveryS()).isGreaterThan(Game.DELIVERY_S);
        assertThat(tough.deliveryS()).isLessThan(Game.DELIVERY_S);
    }

    @Test
    void aPitcherWithoutARecordHoldsRunnersLikeTheLeague() {
        TeamRoster t = Rosters.mlb2025().teams().get("NYY");
        ballflight.data.Pitcher p = t.rotation().stream().filter(x -> t.holding().containsKey(x.name())).findFirst()
                .orElseThrow();
        ballflight.data.Pitcher unknown = new ballflight.data.Pitcher("Nobody Atall", "NYY", p.throwsHand(), true, 0,
                p.strikeoutRate(), p.walkRate(), p.armAngleDeg(), p.releaseSideFt(), p.releaseHeightFt(), p.extensionFt(),
                p.arsenal(), p.contactAllowedZ());
        assertThat(t.holding(unknown)).isEqualTo(HoldingRunners.LEAGUE);
        assertThat(t.holding(p)).isNotEqualTo(HoldingRunners.LEAGUE);
    }
}
