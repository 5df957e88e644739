package ballflight.pa;

import ballflight.contact.BattedBall;
import ballflight.contact.ContactClamps;
import ballflight.contact.Swing;
import ballflight.contact.SwingDecision;
import ballflight.contact.SwingResult;
import ballflight.data.Defense;
import ballflight.data.Framing;
import ballflight.data.Handedness;
import ballflight.data.Hitter;
import ballflight.data.Park;
import ballflight.model.Atmosphere;
import ballflight.data.PitchSpec;
import ballflight.data.PitchTypeDefaults;
import ballflight.data.Pitcher;
import ballflight.engine.FlightSimulator;
import ballflight.fielding.BallInPlay;
import ballflight.fielding.PaOutcome;
import ballflight.fielding.PlayResult;
import ballflight.pitch.AimMaps;
import ballflight.pitch.Count;
import ballflight.pitch.FlightTimes;
import ballflight.pitch.PaTuning;
import ballflight.pitch.PitchFlight;
import ballflight.pitch.PitchResult;
import ballflight.pitch.PitchSelector;
import ballflight.pitch.PitchTargeting;
import ballflight.pitch.PlateTarget;
import java.util.HashMap;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Plays one plate appearance pitch by pitch: choose and locate the pitch, fly it to the plate,
 * swing or take, collide, fly the ball in play and field it. State in (batter, pitcher, defence,
 * park, random generator), outcome out; the only state kept between calls is how each pitcher
 * aims each pitch type ({@link AimMaps}: deterministic, possibly shared) and the flight times, so
 * results depend only on the inputs and the generator. Not thread-safe: one engine per thread, each with its own simulator.
 */
public final class PlateAppearanceEngine {
    /** Safety stop for endless foul balls (never reached in practice). */
    static final int MAX_PITCHES = 40;
    private final FlightSimulator sim;
    private final PaTuning tuning;
    private final PitchSelector selector;
    private final PitchTargeting targeting;
    private final SwingDecision decision;
    private final Swing swing;
    private final BallInPlay inPlay;
    private final AimMaps aimMaps;
    private final FlightTimes times;
    private final ContactClamps clamps;
    /** Pitch flights by air; pitches are flown in still air (the wind is for batted balls). */
    private final Map<Atmosphere, PitchFlight> pitchFlights = new HashMap<>();
    private static final int MAX_AIRS = 64;

    /** With its own aim maps; its flight times are {@link #times()}. */
    public PlateAppearanceEngine(FlightSimulator sim, PaTuning tuning) {
        this(sim, tuning, new AimMaps(), new FlightTimes());
    }

    /**
     * @param aimMaps how pitchers aim, shared with the other threads' engines
     * @param times receives the time and count of every flight this engine flies
     */
    public PlateAppearanceEngine(FlightSimulator sim, PaTuning tuning, AimMaps aimMaps, FlightTimes times) {
        this(sim, tuning, aimMaps, times, new ContactClamps());
    }

    /** As above; {@code clamps} counts the collisions held to the launch limits. */
    public PlateAppearanceEngine(FlightSimulator sim, PaTuning tuning, AimMaps aimMaps, FlightTimes times,
                                 ContactClamps clamps) {
        this.clamps = clamps;
        this.sim = sim;
        this.tuning = tuning;
        this.aimMaps = aimMaps;
        this.times = times;
        this.selector = new PitchSelector(tuning.countTilt());
        this.targeting = new PitchTargeting(tuning);
        this.decision = new SwingDecision(tuning);
        this.swing = new Swing(tuning);
        this.inPlay = new BallInPlay(sim, tuning.catchMarginS(), tuning.errorScale(), times);
    }

    /** Collisions so far and how many were clamped. */
    public ContactClamps clamps() {
        return clamps;
    }

    /** Time in kernel flights so far, by kind. */
    public FlightTimes times() {
        return times;
    }

    public PlateAppearanceResult play(Hitter batter, Pitcher pitcher, Defense defense, Park park,
                                      RandomGenerator rng) {
        return play(batter, pitcher, defense, park, rng, null);
    }

    /**
     * @param listener receives every pitch (null: none is recorded; the draws and the outcome are
     *                 the same either way)
     */
    public PlateAppearanceResult play(Hitter batter, Pitcher pitcher, Defense defense, Park park,
                                      RandomGenerator rng, PitchListener listener) {
        if (pitchFlights.size() > MAX_AIRS) {
            pitchFlights.clear(); // game-day weather: a new air every game
        }
        PitchFlight flight = pitchFlights.computeIfAbsent(park.atmosphere(), a -> new PitchFlight(sim, a, aimMaps, times));
        double zoneEdgeFt = (park.team().equals(pitcher.team()) ? tuning.homeZoneEdgeFt()
                : park.team().equals(batter.team()) ? -tuning.homeZoneEdgeFt() : 0.0)
                + Framing.zoneEdgeFt(defense.framingStrikesPerOut());
        int balls = 0;
        int strikes = 0;
        for (int n = 1; n <= MAX_PITCHES; n++) {
            Count count = new Count(balls, strikes);
            PitchSpec spec = selector.choose(pitcher.arsenal(), count, rng);
            PlateTarget aim = targeting.intended(PitchTypeDefaults.family(spec.type()), pitcher.throwsHand(),
                    batter.bats(), count, batter.walkRate(), batter.chaseZ());
            PlateTarget thrown = targeting.executed(aim, pitcher.walkRate(), rng);
            double speed = spec.releaseSpeedMph() + 0.8 * rng.nextGaussian();
            PitchResult pitch = flight.throwAt(pitcher, spec, thrown, speed);
            if (hitsBatter(pitch, batter)) {
                tell(listener, balls, strikes, pitch, speed, PitchCall.HIT_BY_PITCH, null, null);
                return PlateAppearanceResult.withoutBall(PaOutcome.HBP, n);
            }
            if (!decision.swings(batter, pitch, count, rng)) {
                boolean strike = pitch.calledStrike(zoneEdgeFt);
                tell(listener, balls, strikes, pitch, speed, strike ? PitchCall.CALLED_STRIKE : PitchCall.BALL, null, null);
                if (strike) {
                    if (++strikes == 3) {
                        return PlateAppearanceResult.withoutBall(PaOutcome.K, n);
                    }
                } else if (++balls == 4) {
                    return PlateAppearanceResult.withoutBall(PaOutcome.BB, n);
                }
                continue;
            }
            SwingResult s = swing.swing(batter, pitcher, pitch, count, rng);
            if (s.ball() != null) {
                clamps.record(s.ball());
            }
            switch (s.kind()) {
                case WHIFF -> {
                    tell(listener, balls, strikes, pitch, speed, PitchCall.SWINGING_STRIKE, null, null);
                    if (++strikes == 3) {
                        return PlateAppearanceResult.withoutBall(PaOutcome.K, n);
                    }
                }
                case FOUL -> {
                    tell(listener, balls, strikes, pitch, speed, PitchCall.FOUL, s.ball(), null);
                    strikes = Math.min(2, strikes + 1);
                }
                case IN_PLAY -> {
                    PlayResult play = inPlay.resolve(s.ball(), park, defense, batter.sprintSpeedFtPerS(), rng);
                    tell(listener, balls, strikes, pitch, speed, play.isFoul() ? PitchCall.FOUL : PitchCall.IN_PLAY,
                            s.ball(), play);
                    if (play.isFoul()) {
                        strikes = Math.min(2, strikes + 1);
                        continue;
                    }
                    return new PlateAppearanceResult(play.outcome(), n, s.ball(), play.type(), play.flight(), play.carom());
                }
            }
        }
        return PlateAppearanceResult.withoutBall(PaOutcome.K, MAX_PITCHES);
    }

    private static void tell(PitchListener listener, int balls, int strikes, PitchResult pitch, double speedMph,
                             PitchCall call, BattedBall ball, PlayResult play) {
        if (listener != null) {
            listener.pitch(new PitchEvent(balls, strikes, pitch, speedMph, call, ball, play));
        }
    }

    /** A pitch that crosses the plate plane far enough inside to be where the batter stands. */
    private boolean hitsBatter(PitchResult pitch, Hitter batter) {
        if (!pitch.reachedPlate()) {
            return false;
        }
        // A right-handed batter stands on the -x side (third-base side of the plate).
        double inside = batter.bats() == Handedness.RIGHT ? -pitch.plateXFt() : pitch.plateXFt();
        return inside >= tuning.hbpInsideFt() && pitch.plateZFt() > 0.5 && pitch.plateZFt() < 5.5;
    }
}
