package ballflight.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NormalScoreTest {
    @Test
    void scoresInStandardDeviationsAndHoldsTheEnds() {
        assertThat(NormalScore.of(0.135, 0.090, 0.045, 2.5)).isCloseTo(1.0, within(1e-12));
        assertThat(NormalScore.of(0.090, 0.090, 0.045, 2.5)).isZero();
        assertThat(NormalScore.of(0.50, 0.090, 0.045, 2.5)).isEqualTo(2.5);
        assertThat(NormalScore.of(-0.50, 0.090, 0.045, 2.5)).isEqualTo(-2.5);
    }

    @Test
    void aHittersChaseAndBarrelScoresAreHeldToTheirEnds() {
        Hitter chaser = LeagueData.mlb2025().hitters().stream()
                .max(java.util.Comparator.comparingDouble(Hitter::chaseRate)).orElseThrow();
        assertThat(chaser.chaseZ()).isPositive().isLessThanOrEqualTo(Hitter.MAX_SCORE);
        for (Hitter h : LeagueData.mlb2025().hitters()) {
            assertThat(Math.abs(h.chaseZ())).as(h.name()).isLessThanOrEqualTo(Hitter.MAX_SCORE);
            assertThat(Math.abs(h.barrelZ())).as(h.name()).isLessThanOrEqualTo(Hitter.MAX_SCORE);
        }
    }
}
