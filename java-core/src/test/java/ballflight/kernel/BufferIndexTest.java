package ballflight.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BufferIndexTest {
    @Test
    void aBatchRefusesFlightsOutsideItsCapacityInsteadOfReadingTheNextColumn() {
        try (FlightBatch b = FlightBatch.allocate(4)) {
            b.set(BatchColumn.Y, 0, 7.0);
            assertThatThrownBy(() -> b.get(BatchColumn.X, 4)).isInstanceOf(IndexOutOfBoundsException.class)
                    .hasMessage("flight 4 outside 0..3 (batch capacity 4)");
            assertThatThrownBy(() -> b.set(BatchColumn.X, -1, 1.0)).isInstanceOf(IndexOutOfBoundsException.class)
                    .hasMessageContaining("flight -1");
            assertThatThrownBy(() -> b.get(BatchColumn.COUNT, 0)).isInstanceOf(IndexOutOfBoundsException.class)
                    .hasMessage("column " + BatchColumn.COUNT + " outside 0.." + (BatchColumn.COUNT - 1));
            assertThat(b.get(BatchColumn.Y, 0)).isEqualTo(7.0);
        }
    }

    @Test
    void aPathBufferRefusesFlightsSamplesAndFieldsOutOfRange() {
        try (PathBuffer p = PathBuffer.allocate(2, 3, 1)) {
            assertThatThrownBy(() -> p.get(2, 0, 0)).isInstanceOf(IndexOutOfBoundsException.class)
                    .hasMessage("flight 2 outside 0..1 (path buffer capacity 2 flights)");
            assertThatThrownBy(() -> p.get(0, 3, 0)).hasMessage("sample 3 outside 0..2");
            assertThatThrownBy(() -> p.get(0, 0, 4)).hasMessage("field 4 outside 0..3");
            assertThat(p.get(1, 2, 3)).isZero();
        }
    }
}
