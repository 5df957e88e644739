package ballflight.fielding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ballflight.data.Defense;
import ballflight.data.Fielder;
import ballflight.data.Handedness;
import ballflight.data.Hitter;
import ballflight.data.LeagueData;
import ballflight.data.TestHitters;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The fielders turn toward each hitter's pull side, by how much more than the league he pulls. */
class ShadingTest {
    private static final Defense LEAGUE = LeagueData.mlb2025().leagueDefense();

    @Test
    void aRightHandedPullHitterGetsEveryFielderButTheBatteryAndFirstBasemanTurnedToLeftField() {
        Hitter pull = TestHitters.withDirection(Handedness.RIGHT, 0.50, 0.20);
        double turn = Shading.DEG_PER_NET_PULL * (0.30 - Shading.LEAGUE_NET_PULL);
        Map<String, Fielder> before = byPosition(LEAGUE);
        Map<String, Fielder> after = byPosition(Shading.toward(LEAGUE, pull));
        for (String p : before.keySet()) {
            double expected = switch (p) {
                case "P", "C", "1B" -> 0.0;
                default -> -turn;
            };
            assertThat(after.get(p).spot().angleDeg() - before.get(p).spot().angleDeg()).as(p).isCloseTo(expected, within(1e-9));
            assertThat(after.get(p).spot().distanceFt()).as(p).isEqualTo(before.get(p).spot().distanceFt());
        }
    }

    @Test
    void aLeftHandedHitterIsMirroredAndTheTurnIsHeld() {
        Hitter extreme = TestHitters.withDirection(Handedness.LEFT, 0.95, 0.0);
        double ss = byPosition(Shading.toward(LEAGUE, extreme)).get("SS").spot().angleDeg()
                - byPosition(LEAGUE).get("SS").spot().angleDeg();
        assertThat(ss).isCloseTo(Shading.MAX_DEG, within(1e-9));
        Hitter oppo = TestHitters.withDirection(Handedness.LEFT, 0.30, 0.33);
        assertThat(Shading.turnDeg(oppo)).isNegative();
    }

    @Test
    void aHitterWhoPullsAsTheLeagueDoesMeetsTheLeaguesDefence() {
        Hitter league = TestHitters.withDirection(Handedness.RIGHT, 0.40, 0.40 - Shading.LEAGUE_NET_PULL);
        assertThat(Shading.turnDeg(league)).isCloseTo(0.0, within(1e-9));
        Map<String, Fielder> after = byPosition(Shading.toward(LEAGUE, league));
        byPosition(LEAGUE).forEach((p, f) -> assertThat(after.get(p).spot().angleDeg()).as(p)
                .isCloseTo(f.spot().angleDeg(), within(1e-9)));
    }

    @Test
    void theLeaguesNetPullIsTheBundledHittersPaWeightedMean() {
        double sum = 0;
        double pa = 0;
        for (Hitter h : LeagueData.mlb2025().hitters()) {
            sum += h.plateAppearances() * (h.pullRate() - h.oppoRate());
            pa += h.plateAppearances();
        }
        assertThat(sum / pa).isCloseTo(Shading.LEAGUE_NET_PULL, within(0.005));
    }

    private static Map<String, Fielder> byPosition(Defense d) {
        return d.fielders().stream().collect(Collectors.toMap(f -> f.spot().position(), Function.identity()));
    }
}
