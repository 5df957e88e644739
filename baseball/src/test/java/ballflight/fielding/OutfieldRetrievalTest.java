package ballflight.fielding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ballflight.data.Defense;
import ballflight.data.Fielder;
import ballflight.data.LeagueData;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A ball nobody caught runs on along the grass; where it goes decides when an outfielder has it. */
class OutfieldRetrievalTest {
    private static final Defense DEFENSE = LeagueData.mlb2025().leagueDefense();
    private static final double LEFT_CENTER_FENCE_FT = 380.0;

    /** Where a ball comes down at {@code distanceFt} along {@code sprayDeg} (0 = center, + toward right). */
    private static RollingBall landing(double sprayDeg, double distanceFt, double downS, double groundSpeedFtPerS) {
        double a = Math.toRadians(sprayDeg);
        return RollingBall.intoOutfield(distanceFt * Math.sin(a), distanceFt * Math.cos(a), downS, groundSpeedFtPerS,
                LEFT_CENTER_FENCE_FT);
    }

    @Test
    void aRollingBallSlowsToAStopOrDiesAtTheFence() {
        RollingBall slow = landing(-22.5, 250.0, 2.0, 30.0);
        double keptFtPerS = 30.0 * RollingBall.BOUNCE_KEEP;
        double stopS = 2.0 + keptFtPerS / RollingBall.OUTFIELD_DECEL_FTPS2;
        assertThat(slow.runFt(stopS + 5.0)).isCloseTo(keptFtPerS * keptFtPerS / (2 * RollingBall.OUTFIELD_DECEL_FTPS2),
                within(1e-9));
        assertThat(slow.stoppedBy(stopS - 0.1)).isFalse();
        assertThat(slow.stoppedBy(stopS + 0.1)).isTrue();
        RollingBall hard = landing(-22.5, 300.0, 2.0, 120.0);
        assertThat(Math.hypot(hard.xAt(20.0), hard.yAt(20.0))).isCloseTo(LEFT_CENTER_FENCE_FT, within(1e-9));
        RollingBall back = RollingBall.offWall(0.0, 395.0, 5.0, 20.0);
        assertThat(back.yAt(6.0)).isLessThan(395.0);
        assertThat(RollingBall.onInfield(0.0, 30.0, 0.3, 60.0).runFt(2.0))
                .as("the infield's hops slow a ball more than the outfield grass")
                .isLessThan(RollingBall.intoOutfield(0.0, 30.0, 0.3, 60.0, 400.0).runFt(2.0));
    }

    @Test
    void aBallInFrontOfAFielderIsPlayedOnTheHopOneInTheGapRunsOnToTheWall() {
        OutfieldRetrieval front = OutfieldRetrieval.of(landing(0.0, 300.0, 3.0, 40.0), DEFENSE.outfielders(), false);
        OutfieldRetrieval gap = OutfieldRetrieval.of(landing(-13.0, 300.0, 2.0, 110.0), DEFENSE.outfielders(), false);
        assertThat(front.fielder().spot().position()).isEqualTo("CF");
        assertThat(front.reachedS()).isEqualTo(3.0);
        assertThat(gap.reachedS() - 2.0).as("chased down in the gap, long after it came down").isGreaterThan(2.0);
        assertThat(Math.hypot(gap.xFt(), gap.yFt())).as("run on toward the wall").isGreaterThan(340.0);
    }

    @Test
    void aCaromIsPlayedOnlyAfterTheFielderHasReadTheRebound() {
        RollingBall offWall = RollingBall.offWall(0.0, 395.0, 5.0, 20.0);
        OutfieldRetrieval carom = OutfieldRetrieval.of(offWall, DEFENSE.outfielders(), true);
        OutfieldRetrieval landed = OutfieldRetrieval.of(offWall, DEFENSE.outfielders(), false);
        assertThat(carom.reachedS()).isGreaterThanOrEqualTo(5.0 + carom.fielder().skill().reactionS());
        assertThat(carom.reachedS()).isGreaterThan(landed.reachedS());
    }

    @Test
    void theSameThrowDecidesForTheBatterAndTheRunners() {
        var cf = DEFENSE.outfielders().get(1);
        OutfieldThrow near = OutfieldThrow.by(cf, 0.0, 200.0, 3.0);
        OutfieldThrow deep = OutfieldThrow.by(cf, 0.0, 390.0, 3.0);
        double nearFt = Bases.distance(0.0, 200.0, Bases.SECOND);
        assertThat(near.ballAtS(Bases.SECOND)).isCloseTo(3.0 + OutfieldThrow.RELEASE_S + nearFt / near.throwFtPerS(),
                within(1e-9));
        assertThat(deep.ballAtS(Bases.THIRD) - near.ballAtS(Bases.THIRD))
                .as("a throw past the cutoff distance costs the relay")
                .isGreaterThan((Bases.distance(0.0, 390.0, Bases.THIRD) - Bases.distance(0.0, 200.0, Bases.THIRD))
                        / near.throwFtPerS() + OutfieldThrow.RELAY_S - 1e-9);
    }

    @Test
    void passingOverStepsNobodyCanReachGivesTheStepByStepAnswer() {
        SplittableRandom rng = new SplittableRandom(12);
        List<Fielder> outfielders = DEFENSE.outfielders();
        for (int i = 0; i < 3000; i++) {
            boolean carom = i % 3 == 0;
            double spray = rng.nextDouble(-45.0, 45.0);
            RollingBall ball = carom
                    ? RollingBall.offWall(380.0 * Math.sin(Math.toRadians(spray)), 380.0 * Math.cos(Math.toRadians(spray)),
                    rng.nextDouble(3.0, 6.0), rng.nextDouble(0.0, 40.0))
                    : landing(spray, rng.nextDouble(120.0, 370.0), rng.nextDouble(0.5, 5.0), rng.nextDouble(0.0, 150.0));
            OutfieldRetrieval fast = OutfieldRetrieval.of(ball, outfielders, carom);
            OutfieldRetrieval slow = stepByStep(ball, outfielders, carom);
            assertThat(fast).as("ball %d", i).isEqualTo(slow);
        }
    }

    /** The search without passing over any step: every 0.02 s until someone is there or the ball stops. */
    private static OutfieldRetrieval stepByStep(RollingBall ball, List<Fielder> outfielders, boolean carom) {
        for (double t = ball.downS(); ; t += 0.02) {
            Fielder first = null;
            double firstAt = Double.POSITIVE_INFINITY;
            for (Fielder f : outfielders) {
                double at = FielderRange.timeToReachS(f, ball.xAt(t), ball.yAt(t), GroundBallFielding.GLOVE_REACH_FT);
                at = carom ? Math.max(at, ball.downS() + f.skill().reactionS()) : at;
                if (at < firstAt) {
                    first = f;
                    firstAt = at;
                }
            }
            if (firstAt <= t || ball.stoppedBy(t)) {
                return new OutfieldRetrieval(first, ball.xAt(t), ball.yAt(t), Math.max(t, firstAt));
            }
        }
    }
}
