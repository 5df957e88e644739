package ballflight.contact;

import ballflight.data.Hitter;
import ballflight.pitch.PaTuning;
import ballflight.pitch.Count;
import ballflight.pitch.PitchResult;
import ballflight.pitch.StrikeZone;
import java.util.random.RandomGenerator;

/**
 * Swing or take, from where the pitch crosses the plate: in the zone the league's zone-swing
 * rate, moved by how much the batter chases (aggressive hitters swing more at everything) and
 * adjusted by count; outside it the batter's own 2025 chase rate, falling off with the distance
 * from the zone (nobody chases a pitch in the dirt).
 */
public final class SwingDecision {
    private final PaTuning tuning;

    public SwingDecision(PaTuning tuning) {
        this.tuning = tuning;
    }

    public double swingProbability(Hitter batter, PitchResult pitch, Count count) {
        double p;
        if (pitch.inZone()) {
            p = tuning.zoneSwing() + tuning.zoneSwingPerChaseZ() * batter.chaseZ();
            if (count.balls() == 3 && count.strikes() < 2) {
                p -= tuning.threeBallTake();
            }
        } else {
            double out = pitch.reachedPlate() ? StrikeZone.distanceOutsideFt(pitch.plateXFt(), pitch.plateZFt()) : 2.0;
            p = batter.chaseRate() * tuning.chaseEdgeFactor() * Math.exp(-out / tuning.chaseDecayFt());
        }
        if (count.strikes() == 2) {
            p += tuning.twoStrikeSwingBoost() * (pitch.inZone() ? 1.0 : 0.5);
        }
        return Math.max(0.0, Math.min(1.0, p));
    }

    public boolean swings(Hitter batter, PitchResult pitch, Count count, RandomGenerator rng) {
        return rng.nextDouble() < swingProbability(batter, pitch, count);
    }
}
