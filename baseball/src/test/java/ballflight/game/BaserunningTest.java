package ballflight.game;

import static org.assertj.core.api.Assertions.assertThat;

import ballflight.data.Fielder;
import ballflight.data.Hitter;
import ballflight.fielding.PaOutcome;
import org.junit.jupiter.api.Test;

/** Forces, double plays and tag-ups in constructed situations. */
class BaserunningTest {
    private static final TeamRoster TEAM = Rosters.mlb2025().teams().get("SEA");
    private static final Baserunning RUNNING = new Baserunning(TEAM.defense());

    private static Runner runner(double sprintFtPerS) {
        Hitter h = TEAM.lineup().get(0).hitter();
        Hitter copy = new Hitter(h.name(), h.team(), h.position(), h.bats(), h.plateAppearances(), h.strikeoutRate(),
                h.walkRate(), h.batSpeedMph(), h.attackAngleDeg(), h.whiffPerSwing(), h.chaseRate(),
                h.avgLaunchAngleDeg(), h.avgExitVelocityMph(), h.ev50Mph(), h.squaredUpPerContact(), h.barrelRate(), h.launchAngleSdDeg(), h.pullRate(), h.oppoRate(), sprintFtPerS, h.fielding());
        return new Runner(copy, 0, true);
    }

    private static Fielder at(String position) {
        return TEAM.defense().fielders().stream().filter(f -> f.spot().position().equals(position)).findFirst()
                .orElseThrow();
    }

    @Test
    void walkWithTheBasesLoadedForcesInARun() {
        BaseState s = new BaseState();
        Runner r1 = runner(27);
        Runner r2 = runner(27);
        Runner r3 = runner(27);
        s.put(1, r1);
        s.put(2, r2);
        s.put(3, r3);
        Runner batter = runner(27);
        PlayOutcome o = RUNNING.resolve(s, batter, PaOutcome.BB, null);
        assertThat(o.scored()).containsExactly(r3);
        assertThat(s.on(1)).isSameAs(batter);
        assertThat(s.on(2)).isSameAs(r1);
        assertThat(s.on(3)).isSameAs(r2);
    }

    @Test
    void walkWithFirstAndThirdDoesNotMoveTheRunnerOnThird() {
        BaseState s = new BaseState();
        Runner r1 = runner(27);
        Runner r3 = runner(27);
        s.put(1, r1);
        s.put(3, r3);
        PlayOutcome o = RUNNING.resolve(s, runner(27), PaOutcome.BB, null);
        assertThat(o.scored()).isEmpty();
        assertThat(s.on(3)).isSameAs(r3);
        assertThat(s.on(2)).isSameAs(r1);
    }

    @Test
    void hardGrounderAtTheShortstopIsADoublePlayButASlowRollerIsNot() {
        Fielder ss = at("SS");
        Landing sharp = new Landing(ss.spot().xFt() * 0.5, ss.spot().yFt() * 0.5, 0.3, 110.0);
        BaseState s = new BaseState();
        s.put(1, runner(26));
        PlayOutcome dp = RUNNING.resolve(s, runner(25), PaOutcome.GO, sharp);
        assertThat(dp.doublePlay()).isTrue();
        assertThat(s.outs()).isEqualTo(2);
        assertThat(s.runnerCount()).isZero();

        // A slow roller the shortstop has to charge: time to force the lead runner, not to turn two.
        Landing slow = new Landing(ss.spot().xFt() * 0.8, ss.spot().yFt() * 0.8, 0.4, 15.0);
        BaseState t = new BaseState();
        t.put(1, runner(30));
        PlayOutcome notDp = RUNNING.resolve(t, runner(30), PaOutcome.GO, slow);
        assertThat(notDp.doublePlay()).isFalse();
        assertThat(t.outs()).isEqualTo(1);
        assertThat(notDp.batterReached()).as("fielder's choice: batter safe at first").isTrue();
    }

    @Test
    void onAFieldersChoiceTheBatterTakesOverTheForcedRunnersPitcher() {
        Fielder ss = at("SS");
        Landing slow = new Landing(ss.spot().xFt() * 0.8, ss.spot().yFt() * 0.8, 0.4, 15.0);
        BaseState s = new BaseState();
        Hitter h = runner(30).hitter();
        s.put(1, new Runner(h, 0, true));
        Runner batter = new Runner(TEAM.lineup().get(1).hitter(), 1, true);
        PlayOutcome fc = RUNNING.resolve(s, batter, PaOutcome.GO, slow);
        assertThat(fc.batterReached()).isTrue();
        assertThat(s.on(1).hitter()).isSameAs(batter.hitter());
        // Rule 9.16(g): the starter (pitcher 0) put the forced runner on, so he answers for the batter.
        assertThat(s.on(1).responsiblePitcher()).isZero();
    }

    @Test
    void noDoublePlayWithTwoOuts() {
        Fielder ss = at("SS");
        BaseState s = new BaseState();
        s.setOuts(2);
        s.put(1, runner(26));
        PlayOutcome o = RUNNING.resolve(s, runner(25), PaOutcome.GO,
                new Landing(ss.spot().xFt() * 0.5, ss.spot().yFt() * 0.5, 0.3, 110.0));
        assertThat(o.outsMade()).isEqualTo(1);
        assertThat(s.outs()).isEqualTo(3);
    }

    @Test
    void runnerOnThirdTagsUpOnADeepFlyButNotOnAShallowOne() {
        BaseState deep = new BaseState();
        Runner r3 = runner(27);
        deep.put(3, r3);
        PlayOutcome o = RUNNING.resolve(deep, runner(27), PaOutcome.FO, new Landing(0.0, 360.0, 5.5, 60.0));
        assertThat(o.scored()).containsExactly(r3);
        assertThat(o.sacrificeFly()).isTrue();
        assertThat(deep.outs()).isEqualTo(1);

        BaseState shallow = new BaseState();
        shallow.put(3, runner(27));
        PlayOutcome h = RUNNING.resolve(shallow, runner(27), PaOutcome.FO, new Landing(0.0, 180.0, 4.0, 40.0));
        assertThat(h.scored()).isEmpty();
        assertThat(shallow.on(3)).isNotNull();
    }

    @Test
    void noTagUpAfterTheThirdOut() {
        BaseState s = new BaseState();
        s.setOuts(2);
        s.put(3, runner(30));
        PlayOutcome o = RUNNING.resolve(s, runner(27), PaOutcome.FO, new Landing(0.0, 380.0, 5.5, 60.0));
        assertThat(o.scored()).isEmpty();
    }

    @Test
    void fastRunnerScoresFromFirstOnADoubleIntoTheGapASlowOneStopsAtThird() {
        // A liner that splits the left and center fielders and reaches the track quickly.
        Landing gap = new Landing(-150.0, 360.0, 2.4, 70.0);
        BaseState fast = new BaseState();
        Runner f = runner(30.5);
        fast.put(1, f);
        fast.setOuts(2);
        assertThat(RUNNING.resolve(fast, runner(27), PaOutcome.DOUBLE, gap).scored()).containsExactly(f);

        BaseState slow = new BaseState();
        Runner s = runner(23);
        slow.put(1, s);
        slow.setOuts(2);
        assertThat(RUNNING.resolve(slow, runner(27), PaOutcome.DOUBLE, gap).scored()).isEmpty();
        assertThat(slow.on(3)).isSameAs(s);
    }
}
