package ballflight.pitch;

import ballflight.data.Pitcher;
import ballflight.data.PitchSpec;
import ballflight.engine.FlightSimulator;
import ballflight.model.EndReason;
import ballflight.model.FlightRequest;
import ballflight.model.FlightResult;
import ballflight.model.InitialState;
import ballflight.model.Atmosphere;
import ballflight.model.Wind;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Flies pitches from release to the front of home plate with the kernel.
 *
 * <p>A pitcher aims where the ball will end up, not along a straight line: for each pitch type
 * the first use flies one pitch at the middle of the zone and remembers how far gravity, drag and
 * spin moved it from the straight line; later pitches of that type aim at the target minus that
 * offset. The actual flight (with the offset, command error and all) is always the kernel's.
 * Holds a per-instance cache: one instance per thread, like the simulator it uses.
 */
public final class PitchFlight {
    private final FlightSimulator sim;
    private final Atmosphere air;
    private final Map<PitchSpec, double[]> aimOffsetFt = new IdentityHashMap<>();

    public PitchFlight(FlightSimulator sim, Atmosphere air) {
        this.sim = sim;
        this.air = air;
    }

    /** Throws a pitch at {@code target} (where it should cross the front of the plate). */
    public PitchResult throwAt(Pitcher p, PitchSpec spec, PlateTarget target, double speedMph) {
        double[] off = aimOffsetFt.computeIfAbsent(spec, s -> measureOffset(p, s));
        InitialState start = PitchRelease.state(p, spec, target.xFt() - off[0], target.zFt() - off[1], speedMph, true);
        FlightResult r = fly(start);
        return new PitchResult(spec, r.landingXFt(), r.landingZFt(), r.landingSpeedMph(), r.landingVxMph(),
                r.landingVyMph(), r.landingVzMph(), r.hangTimeS(), r.endReason() == EndReason.PLANE,
                start.spinXRadPerS(), start.spinYRadPerS(), start.spinZRadPerS());
    }

    /** Induced vertical and horizontal break of a pitch aimed at the middle of the zone. */
    public PitchMovement movement(Pitcher p, PitchSpec spec) {
        double aimZ = StrikeZone.CENTER_Z_FT;
        FlightResult spun = fly(PitchRelease.state(p, spec, 0.0, aimZ, spec.releaseSpeedMph(), true));
        FlightResult plain = fly(PitchRelease.state(p, spec, 0.0, aimZ, spec.releaseSpeedMph(), false));
        return new PitchMovement((spun.landingZFt() - plain.landingZFt()) * 12.0,
                (spun.landingXFt() - plain.landingXFt()) * 12.0);
    }

    private double[] measureOffset(Pitcher p, PitchSpec spec) {
        double aimZ = StrikeZone.CENTER_Z_FT;
        FlightResult r = fly(PitchRelease.state(p, spec, 0.0, aimZ, spec.releaseSpeedMph(), true));
        return new double[] {r.landingXFt(), r.landingZFt() - aimZ};
    }

    private FlightResult fly(InitialState start) {
        return sim.fly(new FlightRequest(start, air, Wind.CALM, null, StrikeZone.FRONT_OF_PLATE_Y_FT));
    }
}
