package ballflight.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import ballflight.model.AeroParameters;
import ballflight.model.DragModel;
import org.junit.jupiter.api.Test;

/** The crisis table: nodes hold the exact law, bilinear in between, clamped outside the grid. */
class CoefficientTableTest {
    private static final AeroParameters AERO = AeroParameters.CRISIS;
    private final CoefficientTable table = CoefficientTable.crisis(AERO);

    @Test
    void gridIsTheDocumentedOne() {
        assertThat(table.speedCount()).isEqualTo(71);
        assertThat(table.spinCount()).isEqualTo(15);
        assertThat(table.segment().byteSize()).isEqualTo(71L * 15 * Double.BYTES);
        assertThat(table.segment().isReadOnly()).isTrue();
    }

    @Test
    void nodesHoldTheExactLaw() {
        for (int j = 0; j < table.spinCount(); j++) {
            for (int i = 0; i < table.speedCount(); i += 7) {
                double v = 70.0 * i / 70;
                double omega = 700.0 * j / 14;
                assertThat(table.cd(v, omega)).as("node %d, %d", i, j)
                        .isCloseTo(CoefficientTable.exactCd(AERO, v, omega), org.assertj.core.data.Offset.offset(1e-15));
            }
        }
    }

    @Test
    void betweenNodesItIsLinearInEachAxis() {
        double lo = table.cd(30.0, 100.0);
        double hi = table.cd(31.0, 100.0);
        assertThat(table.cd(30.25, 100.0)).isCloseTo(lo + 0.25 * (hi - lo), org.assertj.core.data.Offset.offset(1e-15));
        // Cd is linear in spin, so interpolating in spin is exact up to rounding.
        assertThat(table.cd(30.0, 123.0)).isCloseTo(CoefficientTable.exactCd(AERO, 30.0, 123.0),
                org.assertj.core.data.Offset.offset(1e-14));
    }

    @Test
    void outsideTheGridItClamps() {
        assertThat(table.cd(95.0, 200.0)).isEqualTo(table.cd(70.0, 200.0));
        assertThat(table.cd(-1.0, 200.0)).isEqualTo(table.cd(0.0, 200.0));
        assertThat(table.cd(40.0, 900.0)).isEqualTo(table.cd(40.0, 700.0));
        assertThat(table.cd(40.0, Double.NaN)).isEqualTo(table.cd(40.0, 0.0));
    }

    @Test
    void tableModelCarriesItsTableAndOnlyIt() {
        KernelParams p = KernelParams.of(AeroParameters.CRISIS_TABLE, 0.001);
        assertThat(p.dragModel()).isEqualTo(DragModel.CRISIS_TABLE.id());
        assertThat(p.table()).isSameAs(table);
        assertThat(KernelParams.of(AeroParameters.CRISIS, 0.001).table()).isNull();
        assertThat(DragModel.parse(" Crisis-Table ")).isEqualTo(DragModel.CRISIS_TABLE);
        assertThat(DragModel.CRISIS_TABLE.cliName()).isEqualTo("crisis-table");
    }
}
