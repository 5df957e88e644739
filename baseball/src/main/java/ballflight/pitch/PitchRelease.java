package ballflight.pitch;

import ballflight.data.Pitcher;
import ballflight.data.PitchSpec;
import ballflight.model.InitialState;
import ballflight.units.Units;

/**
 * Builds a pitch's initial state: the release point (the pitcher's measured release height and
 * side, set by his arm angle, and his extension in front of the 60.5 ft rubber), a velocity aimed
 * at a point on the plate, and the spin vector.
 *
 * <p>Spin: Savant's clock direction gives where the spin pushes the ball (seen from behind the
 * pitcher, 12:00 = straight up); with {@code m} that unit push and {@code v} the unit velocity, the
 * transverse spin axis is {@code v x m} (a four-seamer's backspin toward -y is along -x). Only the
 * active (transverse) part {@code activeSpin * rpm} is passed to the kernel. The kernel's lift takes
 * only the spin across the flight, so a gyro part would add no lift, but it would add spin drag,
 * which Statcast's measured movement already holds.
 */
public final class PitchRelease {
    public static final double RUBBER_TO_PLATE_FT = 60.5;

    private PitchRelease() {
    }

    public static double releaseYFt(Pitcher p) {
        return RUBBER_TO_PLATE_FT - p.extensionFt();
    }

    /**
     * @param aimXFt point at the front of the plate the velocity points at (straight line)
     * @param aimZFt its height
     * @param speedMph release speed
     * @param spin whether to give the pitch its spin (false: the no-spin twin for movement)
     */
    public static InitialState state(Pitcher p, PitchSpec spec, double aimXFt, double aimZFt, double speedMph,
                                     boolean spin) {
        double x0 = p.releaseSideFt();
        double y0 = releaseYFt(p);
        double z0 = p.releaseHeightFt();
        double dx = aimXFt - x0;
        double dy = StrikeZone.FRONT_OF_PLATE_Y_FT - y0;
        double dz = aimZFt - z0;
        double len = Math.sqrt(dx * dx + dy * dy + dz * dz);
        double ux = dx / len;
        double uy = dy / len;
        double uz = dz / len;
        double speed = Units.mphToMps(speedMph);
        double[] omega = spin ? spinVector(ux, uy, uz, spec) : new double[3];
        return new InitialState(Units.feetToMetres(x0), Units.feetToMetres(y0), Units.feetToMetres(z0),
                speed * ux, speed * uy, speed * uz, omega[0], omega[1], omega[2]);
    }

    /** The active spin vector, rad/s, for a pitch moving along the unit vector (ux, uy, uz). */
    static double[] spinVector(double ux, double uy, double uz, PitchSpec spec) {
        double theta = Math.toRadians(spec.spinClockHours() * 30.0);
        // Push direction seen from behind the pitcher: clockwise from up toward his right (-x).
        double mx = -Math.sin(theta);
        double my = 0.0;
        double mz = Math.cos(theta);
        // Axis = v x m, normalised (m is not quite perpendicular to v: the pitch travels slightly down).
        double ax = uy * mz - uz * my;
        double ay = uz * mx - ux * mz;
        double az = ux * my - uy * mx;
        double n = Math.sqrt(ax * ax + ay * ay + az * az);
        double rate = Units.rpmToRadPerS(spec.spinRpm() * spec.activeSpin());
        return new double[] {rate * ax / n, rate * ay / n, rate * az / n};
    }
}
