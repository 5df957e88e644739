package ballflight.nativekernel;

import ballflight.engine.BatchCodec;
import ballflight.kernel.FlightBatch;
import ballflight.model.AeroParameters;
import ballflight.model.Atmosphere;
import ballflight.model.Fence;
import ballflight.model.FlightRequest;
import ballflight.model.InitialState;
import ballflight.model.Launch;
import ballflight.model.Wind;
import ballflight.units.Units;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * Seeded random flights covering every branch of the kernel: batted balls with backspin,
 * topspin and sidespin, uniform and sheared wind, fences, odd weather, and pitches from the
 * rubber toward -y that stop at the front of home plate.
 */
final class FlightMix {
    static final double PLATE_FRONT_FT = 1.417;

    private final RandomGenerator rng;

    FlightMix(long seed) {
        this.rng = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
    }

    /** Fills flights {@code 0..n-1} of {@code batch} and sets its size. */
    void fill(FlightBatch batch, int n) {
        for (int i = 0; i < n; i++) {
            BatchCodec.encode(next(), AeroParameters.NATHAN, batch, i);
        }
        batch.setSize(n);
    }

    FlightRequest next() {
        FlightRequest r = rng.nextInt(4) == 0 ? pitch() : battedBall();
        return r.withAtmosphere(new Atmosphere(range(20, 105), range(-200, 7000), range(28.5, 30.8), range(0, 100)))
                .withWind(wind());
    }

    private FlightRequest battedBall() {
        Launch launch = new Launch(range(30, 120), range(-15, 70), range(-50, 50), range(-2500, 4500),
                range(-2500, 2500), range(1, 5));
        FlightRequest r = FlightRequest.of(launch);
        if (rng.nextInt(3) == 0) {
            r = r.withFence(new Fence(range(300, 420), range(6, 40)));
        }
        return r;
    }

    private FlightRequest pitch() {
        double speed = Units.mphToMps(range(65, 102));
        InitialState s = new InitialState(Units.feetToMetres(range(-2.5, 2.5)), Units.feetToMetres(55.0),
                Units.feetToMetres(range(5.0, 6.8)), range(-3, 3), -speed, range(-6, 2),
                range(-280, 280), range(-280, 280), range(-280, 280));
        return new FlightRequest(s, Atmosphere.STANDARD, Wind.CALM, null, PLATE_FRONT_FT);
    }

    private Wind wind() {
        return switch (rng.nextInt(3)) {
            case 0 -> Wind.CALM;
            case 1 -> Wind.of(range(0, 25), range(-180, 180));
            default -> new Wind(range(0, 30), range(-180, 180), range(0.05, 0.45), range(5, 150));
        };
    }

    private double range(double lo, double hi) {
        return lo + (hi - lo) * rng.nextDouble();
    }
}
