package ballflight.reference;

import ballflight.model.Atmosphere;
import ballflight.model.Fence;
import ballflight.model.FlightRequest;
import ballflight.model.InitialState;
import ballflight.model.Wind;
import ballflight.units.Units;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * Seeded flights over the whole input envelope the tolerance stepping is verified on: batted
 * balls (EV 30-125 mph, launch -30..85 deg, spray -50..50 deg, half of them toward a fence) and,
 * every fourth case, a pitch (65-102 mph from a release point toward the zone, stopped at the
 * front of the plate); spin 0-5000 rpm about a uniformly random axis, -20..110 F, 0-7000 ft,
 * 28.5-30.8 inHg, 5-95 % humidity; a third calm, a third uniform wind and a third sheared wind, up
 * to 40 mph from any direction.
 */
final class EnvelopeCases {
    /** Front edge of home plate, ft (as the baseball layer stops pitches). */
    static final double PLATE_Y_FT = 17.0 / 12.0;

    private EnvelopeCases() {
    }

    /** Whether case {@code i} is a pitch. */
    static boolean isPitch(int i) {
        return i % 4 == 3;
    }

    static List<FlightRequest> cases(long seed, int count) {
        RandomGenerator rnd = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
        List<FlightRequest> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Atmosphere air = new Atmosphere(rnd.nextDouble(-20, 110), rnd.nextDouble(0, 7000),
                    rnd.nextDouble(28.5, 30.8), rnd.nextDouble(5, 95));
            Wind wind = switch (i % 3) {
                case 0 -> Wind.CALM;
                case 1 -> Wind.of(rnd.nextDouble(0, 40), rnd.nextDouble(-180, 180));
                default -> new Wind(rnd.nextDouble(0, 40), rnd.nextDouble(-180, 180), rnd.nextDouble(0.1, 0.4),
                        rnd.nextDouble(10, 60));
            };
            FlightRequest r = isPitch(i) ? pitch(rnd) : battedBall(rnd);
            list.add(r.withAtmosphere(air).withWind(wind));
        }
        return list;
    }

    private static FlightRequest battedBall(RandomGenerator rnd) {
        double speed = Units.mphToMps(rnd.nextDouble(30, 125));
        double la = Math.toRadians(rnd.nextDouble(-30, 85));
        double spray = Math.toRadians(rnd.nextDouble(-50, 50));
        double horizontal = speed * Math.cos(la);
        double[] spin = spin(rnd, 5000);
        InitialState start = new InitialState(0.0, 0.0, Units.feetToMetres(rnd.nextDouble(1, 5)),
                horizontal * Math.sin(spray), horizontal * Math.cos(spray), speed * Math.sin(la),
                spin[0], spin[1], spin[2]);
        Fence fence = rnd.nextBoolean() ? new Fence(rnd.nextDouble(300, 420), rnd.nextDouble(8, 25)) : null;
        return new FlightRequest(start, Atmosphere.STANDARD, Wind.CALM, fence, Double.NaN);
    }

    private static FlightRequest pitch(RandomGenerator rnd) {
        double speed = Units.mphToMps(rnd.nextDouble(65, 102));
        double x0 = Units.feetToMetres(rnd.nextDouble(-3, 3));
        double y0 = Units.feetToMetres(rnd.nextDouble(50, 55));
        double z0 = Units.feetToMetres(rnd.nextDouble(4.5, 7));
        // Aim at a point of the zone, raised by the free-fall drop over the flight time.
        double tx = Units.feetToMetres(rnd.nextDouble(-2, 2));
        double tz = Units.feetToMetres(rnd.nextDouble(0.5, 5)) + 0.5 * 9.81 * Math.pow(y0 / speed, 2);
        double dx = tx - x0;
        double dy = Units.feetToMetres(PLATE_Y_FT) - y0;
        double dz = tz - z0;
        double n = Math.sqrt(dx * dx + dy * dy + dz * dz);
        double[] spin = spin(rnd, 3500);
        InitialState start = new InitialState(x0, y0, z0, speed * dx / n, speed * dy / n, speed * dz / n,
                spin[0], spin[1], spin[2]);
        return new FlightRequest(start, Atmosphere.STANDARD, Wind.CALM, null, PLATE_Y_FT);
    }

    /** A spin vector of 0..maxRpm about a uniformly random axis, rad/s. */
    private static double[] spin(RandomGenerator rnd, double maxRpm) {
        double omega = Units.rpmToRadPerS(rnd.nextDouble(0, maxRpm));
        double cz = rnd.nextDouble(-1, 1);
        double phi = rnd.nextDouble(0, 2 * Math.PI);
        double s = Math.sqrt(1 - cz * cz);
        return new double[] {omega * s * Math.cos(phi), omega * s * Math.sin(phi), omega * cz};
    }
}
