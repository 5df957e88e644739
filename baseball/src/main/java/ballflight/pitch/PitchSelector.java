package ballflight.pitch;

import ballflight.data.PitchFamily;
import ballflight.data.PitchSpec;
import ballflight.data.PitchTypeDefaults;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Picks the next pitch type from the arsenal: the pitcher's 2025 usage, tilted by the count.
 * Behind in the count pitchers throw more fastballs (they need a strike); ahead, more breaking
 * and off-speed pitches (they want a chase). The tilt is one factor per family per count step.
 */
public final class PitchSelector {
    private final double countTilt;

    /** @param countTilt relative usage change per ball-minus-strike step (0 = usage only) */
    public PitchSelector(double countTilt) {
        this.countTilt = countTilt;
    }

    public PitchSpec choose(List<PitchSpec> arsenal, Count count, RandomGenerator rng) {
        double[] w = new double[arsenal.size()];
        double total = 0;
        int behind = -count.pitcherAdvantage();
        for (int i = 0; i < w.length; i++) {
            PitchSpec p = arsenal.get(i);
            double factor = PitchTypeDefaults.family(p.type()) == PitchFamily.FASTBALL
                    ? Math.pow(1 + countTilt, behind) : Math.pow(1 + countTilt, -behind);
            w[i] = p.usage() * factor;
            total += w[i];
        }
        double u = rng.nextDouble() * total;
        for (int i = 0; i < w.length; i++) {
            u -= w[i];
            if (u < 0) {
                return arsenal.get(i);
            }
        }
        return arsenal.get(arsenal.size() - 1);
    }
}
