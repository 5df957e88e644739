package ballflight.pitch;

import ballflight.data.PitchSpec;
import ballflight.data.Pitcher;
import ballflight.engine.FlightSimulator;
import ballflight.model.Atmosphere;
import ballflight.model.EndReason;
import ballflight.model.FlightRequest;
import ballflight.model.FlightResult;
import ballflight.model.InitialState;
import ballflight.model.Wind;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Flies pitches from release to the front of home plate with the kernel, in one park's air.
 *
 * <p>A pitcher aims where the ball will end up, not along a straight line: the aim for a target
 * comes from the pitch type's {@link AimMap} (shared, see {@link AimMaps}); the actual flight (with
 * command error and all) is always the kernel's, in this park's air. Keeps the maps it used in a
 * small identity map so a pitch costs no hashing of records. Not thread-safe: one instance per
 * thread, like the simulator it uses.
 */
public final class PitchFlight {
    private final FlightSimulator sim;
    private final Atmosphere air;
    private final double airDensityKgPerM3;
    private final AimMaps aimMaps;
    private final FlightTimes times;
    private final Map<PitchSpec, Used> used = new IdentityHashMap<>();

    /** A map this instance has used, with the pitcher it belongs to. */
    private record Used(Pitcher pitcher, AimMap map) {
    }

    /** With a private cache of aim maps and no one reading the flight times (tests, tools). */
    public PitchFlight(FlightSimulator sim, Atmosphere air) {
        this(sim, air, new AimMaps(), new FlightTimes());
    }

    /**
     * @param aimMaps aim maps, shared with other threads' instances
     * @param times receives the time and count of every pitch flown here
     */
    public PitchFlight(FlightSimulator sim, Atmosphere air, AimMaps aimMaps, FlightTimes times) {
        this.sim = sim;
        this.air = air;
        this.airDensityKgPerM3 = air.airDensityKgPerM3();
        this.aimMaps = aimMaps;
        this.times = times;
    }

    /** Throws a pitch at {@code target} (where it should cross the front of the plate). */
    public PitchResult throwAt(Pitcher p, PitchSpec spec, PlateTarget target, double speedMph) {
        PlateTarget aim = aimMap(p, spec).aimFor(target);
        InitialState start = PitchRelease.state(p, spec, aim.xFt(), aim.zFt(), speedMph, true);
        long t0 = System.nanoTime();
        FlightResult r = fly(start);
        times.add(FlightTimes.Kind.PITCH, System.nanoTime() - t0, 1);
        return new PitchResult(spec, r.landingXFt(), r.landingZFt(), r.landingSpeedMph(), r.landingVxMph(),
                r.landingVyMph(), r.landingVzMph(), r.hangTimeS(), r.endReason() == EndReason.PLANE,
                start.spinXRadPerS(), start.spinYRadPerS(), start.spinZRadPerS(), airDensityKgPerM3);
    }

    /**
     * Induced vertical and horizontal break of a pitch thrown toward the middle of the zone (aimed
     * above it by the free-fall drop, so that slow pitches and their no-spin twins reach the plate).
     */
    public PitchMovement movement(Pitcher p, PitchSpec spec) {
        double aimZ = AimMaps.dropCompensatedAimZ(p, spec);
        FlightResult spun = fly(PitchRelease.state(p, spec, 0.0, aimZ, spec.releaseSpeedMph(), true));
        FlightResult plain = fly(PitchRelease.state(p, spec, 0.0, aimZ, spec.releaseSpeedMph(), false));
        return new PitchMovement((spun.landingZFt() - plain.landingZFt()) * 12.0,
                (spun.landingXFt() - plain.landingXFt()) * 12.0);
    }

    private AimMap aimMap(Pitcher p, PitchSpec spec) {
        Used u = used.get(spec);
        if (u == null || u.pitcher() != p) {
            u = new Used(p, aimMaps.of(p, spec, sim, air, times));
            used.put(spec, u);
        }
        return u.map();
    }

    private FlightResult fly(InitialState start) {
        return sim.fly(new FlightRequest(start, air, Wind.CALM, null, StrikeZone.FRONT_OF_PLATE_Y_FT));
    }
}
