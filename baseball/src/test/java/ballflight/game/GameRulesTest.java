package ballflight.game;

import static org.assertj.core.api.Assertions.assertThat;

import ballflight.data.LeagueData;
import ballflight.data.Park;
import ballflight.fielding.PaOutcome;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;

/**
 * The 2025 game rules with scripted plate appearances (every unscripted PA is a strikeout, so a
 * half-inning is PAs 3k..3k+2 unless a script puts runners on). Steals never happen: no runner
 * ever stands on first with second open in these scripts except where noted.
 */
class GameRulesTest {
    private static final Rosters ROSTERS = Rosters.mlb2025();
    private static final Park PARK = LeagueData.mlb2025().park("NYY");
    private static final TeamRoster AWAY = ROSTERS.teams().get("BOS");
    private static final TeamRoster HOME = ROSTERS.teams().get("NYY");

    private static GameResult play(ScriptedAtBats script) {
        RandomGenerator rng = RandomGeneratorFactory.of("L64X128MixRandom").create(1);
        return new Game(script).play(AWAY, HOME, 0, 0, PARK, rng, true);
    }

    /** First PA of the home half of inning {@code i} (1-based) when every earlier half went 1-2-3. */
    private static int homeLeadoff(int inning) {
        return 6 * (inning - 1) + 3;
    }

    @Test
    void noBottomOfTheNinthWhenTheHomeTeamLeads() {
        GameResult g = play(new ScriptedAtBats().at(homeLeadoff(1), PaOutcome.HR));
        assertThat(g.homeRuns()).isEqualTo(1);
        assertThat(g.awayRuns()).isZero();
        assertThat(g.awayInnings()).hasSize(9);
        assertThat(g.homeInnings()).as("bottom of the 9th not played").hasSize(8);
        assertThat(BoxScore.lineScore(g)).contains("  X");
    }

    @Test
    void walkOffHomeRunEndsTheGameAtOnce() {
        ScriptedAtBats s = new ScriptedAtBats().at(homeLeadoff(9), PaOutcome.HR);
        GameResult g = play(s);
        assertThat(g.homeRuns()).isEqualTo(1);
        assertThat(g.homeInnings()).hasSize(9);
        assertThat(s.plateAppearances()).as("nobody bats after the walk-off").isEqualTo(homeLeadoff(9) + 1);
        assertThat(g.plays()).anyMatch(l -> l.contains("Walk-off"));
    }

    @Test
    void walkOffHitCountsOnlyTheWinningRun() {
        int p = homeLeadoff(9);
        // Bases loaded on three walks, then a double that would clear the bases.
        ScriptedAtBats s = new ScriptedAtBats().at(p, PaOutcome.BB).at(p + 1, PaOutcome.BB).at(p + 2, PaOutcome.BB)
                .at(p + 3, PaOutcome.DOUBLE);
        GameResult g = play(s);
        assertThat(g.homeRuns()).isEqualTo(1);
        assertThat(s.plateAppearances()).isEqualTo(p + 4);
        int rbi = g.homeBatting().stream().mapToInt(b -> b.rbi).sum();
        assertThat(rbi).isEqualTo(1);
    }

    @Test
    void extraInningsStartWithARunnerOnSecondWhoseRunIsUnearned() {
        // 9 scoreless innings (54 PA), then the visitors' 10th-inning leadoff man doubles.
        ScriptedAtBats s = new ScriptedAtBats().at(54, PaOutcome.DOUBLE);
        GameResult g = play(s);
        assertThat(g.innings()).isEqualTo(10);
        assertThat(g.awayInnings().get(9)).isEqualTo(1);
        assertThat(g.awayRuns()).isEqualTo(1);
        assertThat(g.homeRuns()).isZero();
        // The automatic runner is the batter before the leadoff man: the 54th batter of the game for BOS
        // is slot (27 % 9) = 0, so the runner is the one in slot 8.
        String runner = g.awayBatting().get(8).name;
        assertThat(g.plays()).anyMatch(l -> l.contains("Automatic runner on second: " + runner));
        int earned = g.homePitching().stream().mapToInt(l -> l.er).sum();
        int runs = g.homePitching().stream().mapToInt(l -> l.r).sum();
        assertThat(runs).isEqualTo(1);
        assertThat(earned).isZero();
    }

    @Test
    void tiedAfterNineKeepsPlaying() {
        // Both teams homer once in the 1st; the home team wins it with a homer in the 11th.
        // The away homer adds a PA to the top of the 1st, so the home leadoff man is PA 4.
        ScriptedAtBats s = new ScriptedAtBats().at(0, PaOutcome.HR).at(4, PaOutcome.HR);
        // Extra innings carry an automatic runner; K keeps him stranded. Home leadoff of the 11th:
        // after 10 full innings of 3 PA per half (60 PA) plus 3 away PA in the 11th, with the two HR
        // adding one PA each to the 1st inning's halves.
        int home11 = 60 + 2 + 3;
        s.at(home11, PaOutcome.HR);
        GameResult g = play(s);
        assertThat(g.innings()).isEqualTo(11);
        assertThat(g.homeRuns()).isEqualTo(g.awayRuns() + 2);
        assertThat(g.homeWon()).isTrue();
    }

    @Test
    void aRelieverWhoCameInWithOneOutIsDoneAnOutShortOfHisInnings() {
        // Home 1st: HR, K, HR, HR, HR knocks the starter out (4 runs in the inning) with one out.
        ScriptedAtBats s = new ScriptedAtBats();
        for (int pa : new int[] {3, 5, 6, 7}) {
            s.at(pa, PaOutcome.HR);
        }
        GameResult g = play(s);
        PitchingLine reliever = g.awayPitching().get(1);
        int innings = AWAY.plan().reliefInnings(AWAY.plan().reliefOrder(0).stream()
                .filter(p -> p.name().equals(reliever.name)).findFirst().orElseThrow());
        // The plan counts his outing as his innings: entering with one out he leaves at the end of
        // the inning that brings him within an out of them, not an inning later.
        assertThat(reliever.outs).isEqualTo(3 * innings - 1);
    }
}
