package ballflight.game;

import ballflight.data.Defense;
import ballflight.data.Hitter;
import ballflight.data.Park;
import ballflight.data.Pitcher;
import ballflight.engine.FlightSimulator;
import ballflight.model.FlightResult;
import ballflight.fielding.PaOutcome;
import ballflight.fielding.WallCarom;
import ballflight.pitch.PaTuning;
import ballflight.pa.PlateAppearanceEngine;
import ballflight.pa.PitchListener;
import ballflight.pa.PlateAppearanceResult;
import ballflight.pitch.AimMaps;
import ballflight.units.Units;
import java.util.random.RandomGenerator;

/**
 * Plate appearances from the physics engine. The runners need where and when a ball in play came
 * down: that is the end of the engine's own flight of it (park air, fence on its spray line, the
 * simulator's backend and step), so nothing is flown twice. Not thread-safe: one per thread, like
 * the engine and its simulator.
 */
public final class PhysicsAtBats implements AtBatSource {
    private final PlateAppearanceEngine engine;
    private final GameProfile profile;

    /** With its own aim maps. @param sim the engine's simulator (not closed here) */
    public PhysicsAtBats(FlightSimulator sim, PaTuning tuning, GameProfile profile) {
        this(sim, tuning, profile, new AimMaps());
    }

    /**
     * @param sim the engine's simulator (not closed here)
     * @param aimMaps how pitchers aim, shared with the other workers
     * @param profile receives the time of every plate appearance and flight
     */
    public PhysicsAtBats(FlightSimulator sim, PaTuning tuning, GameProfile profile, AimMaps aimMaps) {
        this.engine = new PlateAppearanceEngine(sim, tuning, aimMaps, profile.flights(), profile.contact());
        this.profile = profile;
    }

    @Override
    public AtBat play(Hitter batter, Pitcher pitcher, Defense defense, Park park, RandomGenerator rng) {
        return play(batter, pitcher, defense, park, rng, null);
    }

    @Override
    public AtBat play(Hitter batter, Pitcher pitcher, Defense defense, Park park, RandomGenerator rng,
                      PitchListener pitches) {
        long t0 = System.nanoTime();
        PlateAppearanceResult r = engine.play(batter, pitcher, defense, park, rng, pitches);
        profile.addPlateAppearance(System.nanoTime() - t0);
        if (r.ball() == null || r.outcome() == PaOutcome.HR) {
            return new AtBat(r, null);
        }
        if (r.carom() != null) {
            WallCarom c = r.carom();
            return new AtBat(r, new Landing(c.xFt(), c.yFt(), c.timeS(), c.groundSpeedFtPerS()));
        }
        FlightResult f = r.flight();
        double ground = Units.mphToFtPerS(Math.hypot(f.landingVxMph(), f.landingVyMph()));
        return new AtBat(r, new Landing(f.landingXFt(), f.landingYFt(), f.hangTimeS(), ground));
    }
}
