package ballflight.projection;

import static org.assertj.core.api.Assertions.assertThat;

import ballflight.season.Divisions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every season has 12 postseason teams and one champion; wins add up to the schedule. */
class ProjectionSanityTest {
    @Test
    void everySeasonHasTwelvePostseasonTeamsOneChampionAnd2430Wins() {
        int n = 20;
        ProjectionResult r = TestLeagues.coinFlips().seasons(n).seed(5).threads(2).run();
        List<TeamProjection> rows = r.table().teams();
        assertThat(rows).hasSize(30);
        // Sums over teams of shares are counts per season / n: exact up to rounding.
        assertThat(sum(rows, Reached.POSTSEASON)).isCloseTo(12.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(sum(rows, Reached.DIVISION)).isCloseTo(6.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(sum(rows, Reached.BYE)).isCloseTo(4.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(sum(rows, Reached.PENNANT)).isCloseTo(2.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(sum(rows, Reached.WORLD_SERIES)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(rows.stream().mapToDouble(TeamProjection::meanWins).sum()).isCloseTo(2430.0,
                org.assertj.core.data.Offset.offset(1e-9));
        for (TeamProjection t : rows) {
            assertThat(t.p5Wins()).isLessThanOrEqualTo(t.p50Wins());
            assertThat(t.p50Wins()).isLessThanOrEqualTo(t.p95Wins());
            assertThat(t.odds(Reached.WORLD_SERIES).value()).isLessThanOrEqualTo(t.odds(Reached.PENNANT).value());
            assertThat(t.odds(Reached.PENNANT).value()).isLessThanOrEqualTo(t.odds(Reached.POSTSEASON).value());
            assertThat(t.odds(Reached.BYE).value()).isLessThanOrEqualTo(t.odds(Reached.DIVISION).value());
            Estimate p = t.odds(Reached.POSTSEASON);
            assertThat(p.standardError()).isCloseTo(Math.sqrt(p.value() * (1 - p.value()) / n),
                    org.assertj.core.data.Offset.offset(1e-12));
        }
    }

    @Test
    void theFirstSeasonsOfALongerRunAreTheSameSeasons() {
        ProjectionResult five = TestLeagues.coinFlips().seasons(5).seed(9).threads(2).run();
        ProjectionResult three = TestLeagues.coinFlips().seasons(3).seed(9).threads(1).run();
        ProjectionResult threeAgain = TestLeagues.coinFlips().seasons(3).seed(9).threads(2).run();
        assertThat(threeAgain.table()).isEqualTo(three.table());
        assertThat(five.table()).isNotEqualTo(three.table());
        // Two more seasons change each team's total by at most 2 x 162 wins.
        for (String team : Divisions.mlb2025().league().keySet()) {
            double w3 = three.table().team(team).meanWins() * 3;
            double w5 = five.table().team(team).meanWins() * 5;
            assertThat(w5 - w3).isBetween(0.0, 324.0);
        }
    }

    private static double sum(List<TeamProjection> rows, Reached stage) {
        return rows.stream().mapToDouble(t -> t.odds(stage).value()).sum();
    }
}
