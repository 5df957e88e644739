package ballflight.pitch;

import ballflight.data.PitchSpec;
import ballflight.data.Pitcher;
import ballflight.engine.FlightSimulator;
import ballflight.kernel.KernelParams;
import ballflight.model.Atmosphere;
import ballflight.model.EndReason;
import ballflight.model.FlightRequest;
import ballflight.model.FlightResult;
import ballflight.model.Wind;
import ballflight.units.Units;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How each pitcher aims each pitch type, measured once and shared by every worker thread.
 *
 * <p>A pitcher aims where the ball will end up, not along a straight line. The first use of a
 * pitch type flies three pitches (a straight-line aim above the middle of the zone by the free-fall
 * drop, 1 ft to the side of it and 1 ft higher) and keeps where they crossed the plate: an
 * {@link AimMap}, which holds how gravity, drag and spin move the pitch and how that changes across
 * the zone (a lower target means a longer, slower path that drops more).
 *
 * <p>The map is measured in one reference air ({@link #REFERENCE_AIR}), not the park's: a pitcher
 * aims from habit, so in thin air his pitches break less than he expects, and one map per pitch
 * serves all 30 parks (a park-by-park map cost ~3 extra pitch flights per pitch type per park per
 * worker). Its content depends only on the pitcher, the pitch and the kernel's parameters (the
 * backends agree bit for bit), so whichever thread measures it first, every game sees the same map.
 * Thread-safe.
 */
public final class AimMaps {
    /** The air every aim is measured in: a standard day at sea level. */
    public static final Atmosphere REFERENCE_AIR = Atmosphere.STANDARD;
    private static final double G_FT_PER_S2 = 32.174;

    private record Key(Pitcher pitcher, PitchSpec spec, KernelParams params) {
    }

    private final ConcurrentHashMap<Key, AimMap> maps = new ConcurrentHashMap<>();

    /** Pitch types measured so far. */
    public int size() {
        return maps.size();
    }

    /** The map of {@code spec} thrown by {@code p}, measured with {@code sim} on first use. */
    AimMap of(Pitcher p, PitchSpec spec, FlightSimulator sim, FlightTimes times) {
        Key key = new Key(p, spec, sim.params());
        AimMap m = maps.get(key);
        return m != null ? m : maps.computeIfAbsent(key, k -> measure(p, spec, sim, times));
    }

    private static AimMap measure(Pitcher p, PitchSpec spec, FlightSimulator sim, FlightTimes times) {
        long t0 = System.nanoTime();
        int flown = 0;
        try {
            // First guess above the middle, so the three measuring pitches reach the plate.
            double z0 = dropCompensatedAimZ(p, spec);
            for (int attempt = 0; attempt < 4; attempt++, z0 += 1.0) {
                FlightResult mid = fly(sim, PitchRelease.state(p, spec, 0.0, z0, spec.releaseSpeedMph(), true));
                FlightResult side = fly(sim, PitchRelease.state(p, spec, 1.0, z0, spec.releaseSpeedMph(), true));
                FlightResult up = fly(sim, PitchRelease.state(p, spec, 0.0, z0 + 1.0, spec.releaseSpeedMph(), true));
                flown += 3;
                if (atPlate(mid) && atPlate(side) && atPlate(up)) {
                    return new AimMap(z0, mid.landingXFt(), mid.landingZFt(),
                            side.landingXFt() - mid.landingXFt(), up.landingXFt() - mid.landingXFt(),
                            side.landingZFt() - mid.landingZFt(), up.landingZFt() - mid.landingZFt());
                }
            }
            return AimMap.STRAIGHT;
        } finally {
            times.add(FlightTimes.Kind.AIM_MAP, System.nanoTime() - t0, flown);
        }
    }

    /**
     * The middle of the zone raised by the free-fall drop over the flight (average speed ~92 % of
     * release): a slider aimed straight at the middle hits the dirt before the plate.
     */
    static double dropCompensatedAimZ(Pitcher p, PitchSpec spec) {
        double flightS = (PitchRelease.releaseYFt(p) - StrikeZone.FRONT_OF_PLATE_Y_FT)
                / (0.92 * Units.mphToFtPerS(spec.releaseSpeedMph()));
        return StrikeZone.CENTER_Z_FT + 0.5 * G_FT_PER_S2 * flightS * flightS;
    }

    private static boolean atPlate(FlightResult r) {
        return r.endReason() == EndReason.PLANE;
    }

    private static FlightResult fly(FlightSimulator sim, ballflight.model.InitialState start) {
        return sim.fly(new FlightRequest(start, REFERENCE_AIR, Wind.CALM, null, StrikeZone.FRONT_OF_PLATE_Y_FT));
    }
}
