package ballflight.projection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Thirty identical teams in identical parks: by symmetry every team is equally likely to win it
 * all, so over 300 seasons (regular season on the real schedule, seeding with tie-breaks, the
 * whole bracket) the champion counts must pass a chi-square test for uniformity. Plate
 * appearances come from {@link CoinFlipAtBats} (league rates): the physics would make no
 * difference to the symmetry and would take hours.
 */
class ChampionUniformityTest {
    /** Chi-square, 29 degrees of freedom, upper 0.1 % point. */
    static final double CHI2_29_P001 = 58.30;

    @Test
    void championsOfIdenticalTeamsAreUniform() {
        int n = 300;
        ProjectionResult r = TestLeagues.coinFlips().league("identical", TestLeagues.identical()).seasons(n).seed(2025)
                .threads(2).run();
        double expected = n / 30.0;
        double chi2 = 0;
        int champions = 0;
        for (TeamProjection t : r.table().teams()) {
            double count = t.odds(Reached.WORLD_SERIES).value() * n;
            champions += (int) Math.round(count);
            chi2 += (count - expected) * (count - expected) / expected;
        }
        assertThat(champions).isEqualTo(n);
        assertThat(chi2).as("chi-square of champion counts (29 df)").isLessThan(CHI2_29_P001);
        // Identical teams also win alike: every mean within 4 standard errors of 81.
        for (TeamProjection t : r.table().teams()) {
            assertThat(Math.abs(t.meanWins() - 81.0)).as(t.team()).isLessThan(4 * t.meanWinsStandardError() + 1e-9);
        }
    }
}
