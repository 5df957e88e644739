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
 * <p>The map is measured in the air of a standard day at the park's elevation
 * ({@link #habitAir}): a pitcher warms up where he pitches and knows how his pitches break a mile
 * up, but does not re-learn them for each day's weather, so a warm or humid night moves his pitches
 * a little off his aim. One map per pitch and elevation serves every park at that altitude and
 * every game-day weather. Its content depends only on the pitcher, the pitch, the elevation and the
 * kernel's parameters (the backends agree bit for bit), so whichever thread measures it first,
 * every game sees the same map.
 * Thread-safe.
 */
public final class AimMaps {
    /** The weather every aim is measured in, at the park's elevation: a standard day. */
    public static final Atmosphere REFERENCE_AIR = Atmosphere.STANDARD;
    private static final double G_FT_PER_S2 = 32.174;

    private record Key(Pitcher pitcher, PitchSpec spec, KernelParams params, double elevationFt) {
    }

    private final ConcurrentHashMap<Key, AimMap> maps = new ConcurrentHashMap<>();

    /** Pitch types measured so far. */
    public int size() {
        return maps.size();
    }

    /** The map of {@code spec} thrown by {@code p} in a park with {@code air}, measured with {@code sim} on first use. */
    AimMap of(Pitcher p, PitchSpec spec, FlightSimulator sim, Atmosphere air, FlightTimes times) {
        Key key = new Key(p, spec, sim.params(), air.elevationFt());
        AimMap m = maps.get(key);
        return m != null ? m : maps.computeIfAbsent(key, k -> measure(p, spec, sim, habitAir(air), times));
    }

    /** The air a pitcher's aim is learned in: a standard day at the elevation of {@code air}. */
    public static Atmosphere habitAir(Atmosphere air) {
        return REFERENCE_AIR.withElevationFt(air.elevationFt());
    }

    private static AimMap measure(Pitcher p, PitchSpec spec, FlightSimulator sim, Atmosphere habit, FlightTimes times) {
        long t0 = System.nanoTime();
        int flown = 0;
        try {
            // First guess above the middle, so the three measuring pitches reach the plate.
            double z0 = dropCompensatedAimZ(p, spec);
            for (int attempt = 0; attempt < 4; attempt++, z0 += 1.0) {
                FlightResult mid = fly(sim, habit, PitchRelease.state(p, spec, 0.0, z0, spec.releaseSpeedMph(), true));
                FlightResult side = fly(sim, habit, PitchRelease.state(p, spec, 1.0, z0, spec.releaseSpeedMph(), true));
                FlightResult up = fly(sim, habit, PitchRelease.state(p, spec, 0.0, z0 + 1.0, spec.releaseSpeedMph(), true));
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

    private static FlightResult fly(FlightSimulator sim, Atmosphere habit, ballflight.model.InitialState start) {
        return sim.fly(new FlightRequest(start, habit, Wind.CALM, null, StrikeZone.FRONT_OF_PLATE_Y_FT));
    }
}
