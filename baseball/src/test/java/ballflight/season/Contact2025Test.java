package ballflight.season;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ballflight.pa.ContactProfile;
import org.junit.jupiter.api.Test;

class Contact2025Test {

    @Test
    void the2025ProfileHasEveryKeyButTheHomeRunDirections() {
        ContactProfile none = new ContactProfile();
        for (String key : none.values().keySet()) {
            boolean direction = key.startsWith("hr_") && key.endsWith("_pct");
            assertThat(Double.isNaN(Contact2025.of(key))).as(key).isEqualTo(direction);
        }
        assertThat(Contact2025.of("pull_pct") + Contact2025.of("straight_pct") + Contact2025.of("oppo_pct"))
                .isCloseTo(1.0, within(0.01));
        assertThat(Contact2025.of("gb_ev_mph")).isLessThan(Contact2025.of("fbld_ev_mph"));
        assertThat(none.values().values()).allSatisfy(x -> assertThat(x).isNaN());
    }
}
