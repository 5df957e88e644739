package ballflight.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ballflight.model.InputException;
import org.junit.jupiter.api.Test;

class BackendTest {

    @Test
    void parsesEveryCliName() {
        for (Backend b : Backend.values()) {
            assertThat(Backend.parse(" " + b.cliName().toUpperCase() + " ")).isEqualTo(b);
        }
    }

    @Test
    void unknownBackendListsTheChoices() {
        assertThatThrownBy(() -> Backend.parse("gpu")).isInstanceOf(InputException.class)
                .hasMessage("backend = 'gpu' is not one of: auto, java, native")
                .satisfies(e -> assertThat(((InputException) e).field()).isEqualTo("backend"));
    }

    @Test
    void javaIsAlwaysAvailable() {
        BackendSelection s = BackendSelector.select(Backend.JAVA);
        assertThat(s.kernel().name()).isEqualTo("java");
        assertThat(s.reason()).contains("java");
    }
}
