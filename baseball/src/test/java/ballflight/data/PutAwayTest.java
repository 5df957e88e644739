package ballflight.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class PutAwayTest {
    @Test
    void aPitchOnTheLeaguesLineHasNoLiftAndMissingRatesGiveNone() {
        double whiff = 0.30;
        double logit = PutAway.SLOPE * Math.log(whiff / (1 - whiff)) + PutAway.INTERCEPT;
        double onLine = 1 / (1 + Math.exp(-logit));
        assertThat(PutAway.lift(whiff, onLine)).isCloseTo(0.0, within(1e-12));
        assertThat(PutAway.lift(whiff, onLine + 0.05)).isPositive();
        assertThat(PutAway.lift(whiff, Double.NaN)).isZero();
        assertThat(PutAway.lift(Double.NaN, 0.2)).isZero();
        assertThat(PutAway.lift(whiff, 0.0)).isZero();
    }

    @Test
    void theBundledRockiesPitchesFinishedHittersWorseThanTheirWhiffsSaid() {
        LeagueData data = LeagueData.mlb2025();
        double rockies = meanLift(data, p -> p.team().equals("COL"));
        double league = meanLift(data, p -> true);
        assertThat(league).as("league").isBetween(-0.1, 0.1);
        assertThat(rockies).as("Rockies").isLessThan(league - 0.1);
    }

    private static double meanLift(LeagueData data, Predicate<Pitcher> staff) {
        return data.pitchers().stream().filter(staff).flatMap(p -> p.arsenal().stream())
                .mapToDouble(PitchSpec::putAwayLift).average().orElseThrow();
    }
}
