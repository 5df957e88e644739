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
 * <p>A pitcher aims where the ball will end up, not along a straight line. For each pitch type the
 * first use flies three pitches (a straight-line aim above the middle of the zone by the free-fall
 * drop, 1 ft to the side of it and 1 ft higher) and remembers where they crossed the plate: an affine map from straight-line aim to
 * arrival point, which holds how gravity, drag and spin move the pitch and how that changes across
 * the zone (a lower target means a longer, slower path that drops more). Later pitches of that type
 * invert the map for their target. The actual flight (with command error and all) is always the
 * kernel's.
 * Holds a per-instance cache: one instance per thread, like the simulator it uses.
 */
public final class PitchFlight {
    private static final double FT_PER_S_PER_MPH = 5280.0 / 3600.0;
    private static final double G_FT_PER_S2 = 32.174;
    private final FlightSimulator sim;
    private final Atmosphere air;
    private final Map<PitchSpec, AimMap> aimMaps = new IdentityHashMap<>();

    public PitchFlight(FlightSimulator sim, Atmosphere air) {
        this.sim = sim;
        this.air = air;
    }

    /** Throws a pitch at {@code target} (where it should cross the front of the plate). */
    public PitchResult throwAt(Pitcher p, PitchSpec spec, PlateTarget target, double speedMph) {
        PlateTarget aim = aimMaps.computeIfAbsent(spec, s -> measureAimMap(p, s)).aimFor(target);
        InitialState start = PitchRelease.state(p, spec, aim.xFt(), aim.zFt(), speedMph, true);
        FlightResult r = fly(start);
        return new PitchResult(spec, r.landingXFt(), r.landingZFt(), r.landingSpeedMph(), r.landingVxMph(),
                r.landingVyMph(), r.landingVzMph(), r.hangTimeS(), r.endReason() == EndReason.PLANE,
                start.spinXRadPerS(), start.spinYRadPerS(), start.spinZRadPerS());
    }

    /**
     * Induced vertical and horizontal break of a pitch thrown toward the middle of the zone (aimed
     * above it by the free-fall drop, so that slow pitches and their no-spin twins reach the plate).
     */
    public PitchMovement movement(Pitcher p, PitchSpec spec) {
        double aimZ = dropCompensatedAimZ(p, spec);
        FlightResult spun = fly(PitchRelease.state(p, spec, 0.0, aimZ, spec.releaseSpeedMph(), true));
        FlightResult plain = fly(PitchRelease.state(p, spec, 0.0, aimZ, spec.releaseSpeedMph(), false));
        return new PitchMovement((spun.landingZFt() - plain.landingZFt()) * 12.0,
                (spun.landingXFt() - plain.landingXFt()) * 12.0);
    }

    private AimMap measureAimMap(Pitcher p, PitchSpec spec) {
        // First guess above the middle, so the three measuring pitches reach the plate.
        double z0 = dropCompensatedAimZ(p, spec);
        for (int attempt = 0; attempt < 4; attempt++, z0 += 1.0) {
            FlightResult mid = fly(PitchRelease.state(p, spec, 0.0, z0, spec.releaseSpeedMph(), true));
            FlightResult side = fly(PitchRelease.state(p, spec, 1.0, z0, spec.releaseSpeedMph(), true));
            FlightResult up = fly(PitchRelease.state(p, spec, 0.0, z0 + 1.0, spec.releaseSpeedMph(), true));
            if (atPlate(mid) && atPlate(side) && atPlate(up)) {
                return new AimMap(z0, mid.landingXFt(), mid.landingZFt(),
                        side.landingXFt() - mid.landingXFt(), up.landingXFt() - mid.landingXFt(),
                        side.landingZFt() - mid.landingZFt(), up.landingZFt() - mid.landingZFt());
            }
        }
        // A pitch that never reaches the plate from any sensible aim: aim straight at the target.
        return new AimMap(0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 1.0);
    }

    /**
     * The middle of the zone raised by the free-fall drop over the flight (average speed ~92 % of
     * release): a slider aimed straight at the middle hits the dirt before the plate.
     */
    private static double dropCompensatedAimZ(Pitcher p, PitchSpec spec) {
        double flightS = (PitchRelease.releaseYFt(p) - StrikeZone.FRONT_OF_PLATE_Y_FT)
                / (0.92 * spec.releaseSpeedMph() * FT_PER_S_PER_MPH);
        return StrikeZone.CENTER_Z_FT + 0.5 * G_FT_PER_S2 * flightS * flightS;
    }

    private static boolean atPlate(FlightResult r) {
        return r.endReason() == EndReason.PLANE;
    }

    /**
     * Arrival = arrival at the middle aim + M (aim - middle aim), with M the change of the arrival
     * point per ft of straight-line aim in x and z.
     */
    private record AimMap(double aimZ0Ft, double arriveX0Ft, double arriveZ0Ft, double dxDx, double dxDz,
                          double dzDx, double dzDz) {
        PlateTarget aimFor(PlateTarget target) {
            double ex = target.xFt() - arriveX0Ft;
            double ez = target.zFt() - arriveZ0Ft;
            double det = dxDx * dzDz - dxDz * dzDx;
            return new PlateTarget((dzDz * ex - dxDz * ez) / det, aimZ0Ft + (dxDx * ez - dzDx * ex) / det);
        }
    }

    private FlightResult fly(InitialState start) {
        return sim.fly(new FlightRequest(start, air, Wind.CALM, null, StrikeZone.FRONT_OF_PLATE_Y_FT));
    }
}
