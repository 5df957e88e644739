package ballflight.model;

import ballflight.units.Units;

/**
 * Where a flight starts, in SI and field coordinates: origin at the point of home plate on the
 * ground, +y toward dead center, +x toward the first-base / right-field side, +z up. The spin
 * vector's axis stays fixed in space during the flight; its magnitude decays.
 *
 * @param xM position x, m
 * @param yM position y, m
 * @param zM position z, m (height above the ground)
 * @param vxMps velocity x, m/s
 * @param vyMps velocity y, m/s
 * @param vzMps velocity z, m/s
 * @param spinXRadPerS spin vector x, rad/s
 * @param spinYRadPerS spin vector y, rad/s
 * @param spinZRadPerS spin vector z, rad/s
 */
public record InitialState(double xM, double yM, double zM, double vxMps, double vyMps, double vzMps,
                           double spinXRadPerS, double spinYRadPerS, double spinZRadPerS) {

    private static final double MAX_POSITION_M = Units.feetToMetres(InputField.POSITION.max());
    private static final double MAX_SPEED_MPS = Units.mphToMps(InputField.EXIT_VELOCITY.max());

    public InitialState {
        checkRange("x_m", xM, -MAX_POSITION_M, MAX_POSITION_M);
        checkRange("y_m", yM, -MAX_POSITION_M, MAX_POSITION_M);
        checkRange("z_m", zM, 0.0, MAX_POSITION_M);
        checkRange("vx_mps", vxMps, -MAX_SPEED_MPS, MAX_SPEED_MPS);
        checkRange("vy_mps", vyMps, -MAX_SPEED_MPS, MAX_SPEED_MPS);
        checkRange("vz_mps", vzMps, -MAX_SPEED_MPS, MAX_SPEED_MPS);
        double maxSpin = InputField.SPIN_COMPONENT.max();
        checkRange("spin_x_rad_per_s", spinXRadPerS, -maxSpin, maxSpin);
        checkRange("spin_y_rad_per_s", spinYRadPerS, -maxSpin, maxSpin);
        checkRange("spin_z_rad_per_s", spinZRadPerS, -maxSpin, maxSpin);
    }

    private static void checkRange(String name, double v, double min, double max) {
        if (Double.isNaN(v) || v < min || v > max) {
            throw new InputException(name, name + " = " + v + " is out of range: allowed "
                    + min + " to " + max);
        }
    }
}
