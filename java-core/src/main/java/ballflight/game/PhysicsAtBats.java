package ballflight.game;

import ballflight.backend.Backend;
import ballflight.data.Defense;
import ballflight.data.Hitter;
import ballflight.data.Park;
import ballflight.data.Pitcher;
import ballflight.engine.FlightSimulator;
import ballflight.model.FlightRequest;
import ballflight.model.FlightResult;
import ballflight.model.Launch;
import ballflight.model.Wind;
import ballflight.pa.PaOutcome;
import ballflight.pa.PaTuning;
import ballflight.pa.PlateAppearanceEngine;
import ballflight.pa.PlateAppearanceResult;
import java.util.random.RandomGenerator;

/**
 * Plate appearances from the physics engine. The engine reports the batted ball but not its
 * flight, so a ball that stays in the park is flown once more (same park air and fence, no
 * randomness) to learn where and when it landed for the runners. That second flight only places
 * the runners, so it uses the Java kernel at a coarse {@value #LANDING_DT_S} s step (RK4 with
 * located ground contact: landing within 0.1 ft and 1 ms of the 1 ms step for typical batted balls, measured); the Java
 * kernel also keeps the game identical whichever backend the engine uses. Not thread-safe: one
 * per thread, like the engine.
 */
public final class PhysicsAtBats implements AtBatSource, AutoCloseable {
    static final double LANDING_DT_S = 0.025;
    private static final double MPH_TO_FTPS = 5280.0 / 3600.0;
    private final FlightSimulator landings;
    private final PlateAppearanceEngine engine;
    private final GameProfile profile;

    /** @param sim the engine's simulator (not closed here) */
    public PhysicsAtBats(FlightSimulator sim, PaTuning tuning, GameProfile profile) {
        this.landings = FlightSimulator.builder().backend(Backend.JAVA).dtSeconds(LANDING_DT_S).build();
        this.engine = new PlateAppearanceEngine(sim, tuning);
        this.profile = profile;
    }

    @Override
    public void close() {
        landings.close();
    }

    @Override
    public AtBat play(Hitter batter, Pitcher pitcher, Defense defense, Park park, RandomGenerator rng) {
        long t0 = System.nanoTime();
        PlateAppearanceResult r = engine.play(batter, pitcher, defense, park, rng);
        long t1 = System.nanoTime();
        profile.addPlateAppearances(t1 - t0);
        if (r.ball() == null || r.outcome() == PaOutcome.HR) {
            return new AtBat(r, null);
        }
        Launch l = r.ball().launch();
        FlightResult f = landings.fly(new FlightRequest(l.toInitialState(), park.atmosphere(), Wind.CALM,
                park.fenceAt(l.sprayAngleDeg()), Double.NaN));
        profile.addLandings(System.nanoTime() - t1);
        double ground = Math.hypot(f.landingVxMph(), f.landingVyMph()) * MPH_TO_FTPS;
        return new AtBat(r, new Landing(f.landingXFt(), f.landingYFt(), f.hangTimeS(), ground));
    }
}
