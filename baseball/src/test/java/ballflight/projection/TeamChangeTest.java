package ballflight.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Paired differences: the season-to-season noise both sides share cancels from the error. */
class TeamChangeTest {
    @Test
    void pairedErrorsAreTighterThanIndependentOnesWhenSeasonsShareTheirNoise() {
        List<SeasonOutcome> base = new ArrayList<>();
        List<SeasonOutcome> changed = new ArrayList<>();
        int[] noise = {70, 90, 80, 95, 66, 85, 77, 88};
        for (int i = 0; i < noise.length; i++) {
            int bonus = i % 2 == 0 ? 2 : 3;
            base.add(new SeasonOutcome(new int[] {noise[i]}, new int[] {noise[i] > 85 ? 4 : 0}));
            changed.add(new SeasonOutcome(new int[] {noise[i] + bonus}, new int[] {noise[i] + bonus > 85 ? 4 : 0}));
        }
        TeamChange c = TeamChange.of(List.of("AAA"), base, changed).getFirst();
        assertThat(c.wins().value()).isCloseTo(2.5, within(1e-12));
        // Differences 2,3,2,3,...: sd 0.5345, /sqrt(8).
        assertThat(c.wins().standardError()).isCloseTo(Math.sqrt(2.0 / 7.0) / Math.sqrt(8), within(1e-12));
        assertThat(c.independentWinsStandardError()).isGreaterThan(10 * c.wins().standardError());
        // Only the 85-win season (+3 -> 88) crosses the line: P(postseason) rises by 1/8.
        assertThat(c.odds(Reached.POSTSEASON).value()).isCloseTo(1.0 / 8, within(1e-12));
    }
}
