package ballflight.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ballflight.backend.Backend;
import ballflight.kernel.SimulationMode;
import org.junit.jupiter.api.Test;

/** The README's Java API example for projections, with the physics (a short schedule keeps it quick). */
class ProjectionApiExampleTest {
    @Test
    void readmeExample() {
        ProjectionResult r = Projection.builder()
                .seasons(2).seed(1)
                .games(30)                         // the first 30 games, then the postseason
                .mode(SimulationMode.EXTREME).backend(Backend.JAVA).threads(2)
                .cache(null)                       // or new ResultCache(dir); default: the user's cache dir
                .run();
        TeamProjection lad = r.table().team("LAD");
        System.out.printf("LAD: %.1f wins, P(WS) %.2f +- %.2f%n", lad.meanWins(), lad.odds(Reached.WORLD_SERIES).value(),
                lad.odds(Reached.WORLD_SERIES).standardError());

        assertThat(r.table().teams()).hasSize(30);
        assertThat(r.table().teams().stream().mapToDouble(t -> t.meanWins()).sum()).isCloseTo(30.0, within(1e-9));
        assertThat(r.table().teams().stream().mapToDouble(t -> t.odds(Reached.POSTSEASON).value()).sum())
                .isCloseTo(12.0, within(1e-9));
        assertThat(r.seasonsPlayed()).isEqualTo(2);
    }
}
