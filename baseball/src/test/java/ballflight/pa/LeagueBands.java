package ballflight.pa;

import ballflight.fielding.BattedBallType;
import org.assertj.core.api.SoftAssertions;

/** The league bands of the plate-appearance issue (docs/CALIBRATION.md), for PA runs and whole seasons. */
public final class LeagueBands {
    private LeagueBands() {
    }

    /** Adds one soft assertion per band. */
    public static void check(SoftAssertions soft, PaStats s) {
        soft.assertThat(s.kPct()).as("K%").isBetween(0.205, 0.240);
        soft.assertThat(s.bbPct()).as("BB%").isBetween(0.075, 0.095);
        soft.assertThat(s.hrPct()).as("HR/PA").isBetween(0.026, 0.034);
        soft.assertThat(s.avg()).as("AVG").isBetween(0.235, 0.255);
        soft.assertThat(s.obp()).as("OBP").isBetween(0.305, 0.325);
        soft.assertThat(s.slg()).as("SLG").isBetween(0.385, 0.420);
        soft.assertThat(s.babip()).as("BABIP").isBetween(0.280, 0.300);
        soft.assertThat(s.typePct(BattedBallType.GB)).as("GB%").isBetween(0.40, 0.46);
        soft.assertThat(s.meanEvMph()).as("mean EV").isBetween(87.5, 90.0);
        soft.assertThat(s.meanLaDeg()).as("mean LA").isBetween(10.0, 14.0);
        soft.assertThat(s.pitchesPerPa()).as("pitches/PA").isBetween(3.7, 4.0);
        soft.assertThat(s.typePct(BattedBallType.LD)).as("LD%").isBetween(0.19, 0.25);
        soft.assertThat(s.typePct(BattedBallType.FB) + s.typePct(BattedBallType.PU)).as("FB+PU%").isBetween(0.32, 0.38);
    }
}
