package ballflight.contact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContactClampsTest {
    private static BattedBall collide(double pitchMph, double batMph, double offsetIn, double[] spin) {
        return BatBallCollision.collide(new double[] {0.0, -pitchMph, -8.0}, spin, batMph, 10.0, 0.0, offsetIn, 0.25,
                0.9, 2.5);
    }

    @Test
    void anOrdinaryCollisionIsNotClamped() {
        BattedBall b = collide(85, 72, 0.5, new double[3]);
        assertThat(b.clamps()).isZero();
        assertThat(b.launch().exitVelocityMph()).isLessThan(BatBallCollision.MAX_EXIT_VELOCITY_MPH);
    }

    @Test
    void anExtremeCollisionIsClampedAndCounted() {
        // 110 mph pitch, 100 mph bat, q = 0.25: EV = 0.25 * 110 + 1.25 * 100 = 152 mph head-on.
        BattedBall fast = collide(110, 100, 0.0, new double[3]);
        assertThat(fast.launch().exitVelocityMph()).isEqualTo(BatBallCollision.MAX_EXIT_VELOCITY_MPH);
        assertThat(fast.clamps() & ContactClamps.SPEED).isEqualTo(ContactClamps.SPEED);
        // A pitch spinning 2000 rad/s (19,099 rpm) about the z axis: friction rolls out less than two
        // thirds of it, leaving far more than 5000 rpm of sidespin.
        BattedBall spun = collide(85, 72, 0.5, new double[] {0.0, 0.0, 2000.0});
        assertThat(spun.clamps() & ContactClamps.SIDESPIN).isEqualTo(ContactClamps.SIDESPIN);
        assertThat(Math.abs(spun.launch().sidespinRpm())).isEqualTo(BatBallCollision.MAX_SPIN_RPM);

        ContactClamps counts = new ContactClamps();
        counts.record(fast);
        counts.record(spun);
        counts.record(collide(85, 72, 0.5, new double[3]));
        ContactClamps total = new ContactClamps();
        total.merge(counts);
        assertThat(total.collisions()).isEqualTo(3);
        assertThat(total.speedClamps()).isEqualTo(1);
        assertThat(total.sidespinClamps()).isEqualTo(1);
        assertThat(total.describe()).startsWith("collision clamps: " + (1 + 1 + total.backspinClamps()) + " of 3");
    }
}
