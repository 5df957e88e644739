package ballflight.reference;

import ballflight.kernel.FlightOutput;
import ballflight.model.EndReason;
import ballflight.units.Units;

/**
 * The errors of one flight against the reference, on every output the tolerance covers, in feet
 * or seconds, and the largest of them as a fraction of the tolerance's own scale: distance, apex
 * and height at the fence within FT, hang time within FT / 100 s, the plate crossing (x, z) of a
 * pitch within FT / 10. A flight that ends for another reason than the reference (lands instead
 * of reaching the plate, or the other way round) or sees the fence only on one side counts as
 * infinitely wrong.
 *
 * @param distanceFt horizontal distance of the end point, ft
 * @param apexFt highest point, ft
 * @param fenceFt height at the fence, ft (0 without a fence)
 * @param hangS time of the end point, s
 * @param plateFt larger of the x and z errors at the plate (pitches; 0 otherwise), ft
 */
record OutputErrors(double distanceFt, double apexFt, double fenceFt, double hangS, double plateFt) {
    /** Hang time is held to FT / 100 s. */
    static final double HANG_SCALE = 100.0;
    /** The plate crossing is held to FT / 10. */
    static final double PLATE_SCALE = 10.0;

    static OutputErrors of(FlightOutput k, FlightOutput r) {
        if (k.reason() != r.reason()) {
            double inf = Double.POSITIVE_INFINITY;
            return new OutputErrors(inf, inf, inf, inf, inf);
        }
        double fence = 0.0;
        if (Double.isNaN(k.fenceZ()) != Double.isNaN(r.fenceZ())) {
            fence = Double.POSITIVE_INFINITY;
        } else if (!Double.isNaN(k.fenceZ())) {
            fence = ft(k.fenceZ() - r.fenceZ());
        }
        double plate = 0.0;
        if (r.reason() == EndReason.PLANE) {
            plate = Math.max(ft(k.xEnd() - r.xEnd()), ft(k.zEnd() - r.zEnd()));
        }
        return new OutputErrors(ft(k.distance() - r.distance()), ft(k.apexZ() - r.apexZ()), fence,
                Math.abs(k.tEnd() - r.tEnd()), plate);
    }

    private static double ft(double metres) {
        return Units.metresToFeet(Math.abs(metres));
    }

    /** The error in tolerance feet: the smallest tolerance this flight meets. */
    double worstFt() {
        return Math.max(Math.max(Math.max(distanceFt, apexFt), fenceFt),
                Math.max(hangS * HANG_SCALE, plateFt * PLATE_SCALE));
    }

    /** Componentwise maximum. */
    OutputErrors max(OutputErrors o) {
        return new OutputErrors(Math.max(distanceFt, o.distanceFt), Math.max(apexFt, o.apexFt),
                Math.max(fenceFt, o.fenceFt), Math.max(hangS, o.hangS), Math.max(plateFt, o.plateFt));
    }

    static final OutputErrors ZERO = new OutputErrors(0, 0, 0, 0, 0);
}
