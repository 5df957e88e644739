package ballflight.contact;

import java.util.Locale;

/**
 * How often bat-ball collisions were held to the launch limits of {@link BatBallCollision}
 * (exit velocity {@value BatBallCollision#MAX_EXIT_VELOCITY_MPH} mph, spin
 * +-{@value BatBallCollision#MAX_SPIN_RPM} rpm). One per worker, merged at the end; a count far
 * from zero says the talent or tuning inputs push the collision outside the range it was built for.
 */
public final class ContactClamps {
    /** Exit velocity above the limit. */
    public static final int SPEED = 1;
    /** Backspin magnitude above the limit. */
    public static final int BACKSPIN = 2;
    /** Sidespin magnitude above the limit. */
    public static final int SIDESPIN = 4;

    private long collisions;
    private long speed;
    private long backspin;
    private long sidespin;

    /** Counts one collision and whichever of its outputs were clamped. */
    public void record(BattedBall ball) {
        collisions++;
        int m = ball.clamps();
        speed += m & SPEED;
        backspin += (m & BACKSPIN) >> 1;
        sidespin += (m & SIDESPIN) >> 2;
    }

    public void merge(ContactClamps o) {
        collisions += o.collisions;
        speed += o.speed;
        backspin += o.backspin;
        sidespin += o.sidespin;
    }

    public long collisions() {
        return collisions;
    }

    public long speedClamps() {
        return speed;
    }

    public long backspinClamps() {
        return backspin;
    }

    public long sidespinClamps() {
        return sidespin;
    }

    /** e.g. {@code collision clamps: 0 of 41,302 collisions (exit velocity 0, backspin 0, sidespin 0)}. */
    public String describe() {
        return String.format(Locale.ROOT, "collision clamps: %,d of %,d collisions (exit velocity > %.0f mph %,d,"
                        + " |backspin| > %.0f rpm %,d, |sidespin| > %.0f rpm %,d)", speed + backspin + sidespin,
                collisions, BatBallCollision.MAX_EXIT_VELOCITY_MPH, speed, BatBallCollision.MAX_SPIN_RPM, backspin,
                BatBallCollision.MAX_SPIN_RPM, sidespin);
    }
}
