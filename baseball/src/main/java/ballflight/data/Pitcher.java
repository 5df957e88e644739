package ballflight.data;

import java.util.List;

/**
 * A pitcher's delivery and arsenal; every field filled (docs/DATA.md).
 *
 * @param name "First Last"
 * @param team 2025 team abbreviation
 * @param throwsHand throwing arm
 * @param starter whether he is one of the team's starters
 * @param battersFaced playing time estimate (outs + hits + walks proxy), weight for random pairings
 * @param strikeoutRate K per batter faced, 2025
 * @param walkRate BB per batter faced, 2025
 * @param armAngleDeg arm angle (0 = sidearm, 90 = straight over the top)
 * @param releaseSideFt release point x (catcher's view, + toward first base)
 * @param releaseHeightFt release point height
 * @param extensionFt release distance in front of the rubber
 * @param arsenal pitches with usage summing to 1
 * @param contactAllowedZ quality of contact he allowed in 2025 as a normal score: expected total bases per ball
 *                        in play (Savant xSLG), as it was, net of what his fastball's speed adds through the
 *                        collision, held to +-2 (+ = harder contact than the league, 0 = league or unknown):
 *                        how squarely hitters met his pitches
 * @param ratesBreakScale how much his pitches broke, relative to the league's air, where his 2025 rates (whiffs
 *                        per pitch type) were earned: half his games at his 2025 home park
 *                        ({@link LeagueAir#ratesBreakScale})
 */
public record Pitcher(String name, String team, Handedness throwsHand, boolean starter, int battersFaced,
                      double strikeoutRate, double walkRate, double armAngleDeg, double releaseSideFt,
                      double releaseHeightFt, double extensionFt, List<PitchSpec> arsenal,
                      double contactAllowedZ, double ratesBreakScale) {
    public Pitcher {
        arsenal = List.copyOf(arsenal);
    }

    /** A pitcher whose 2025 rates were earned in the league's air (break scale 1). */
    public Pitcher(String name, String team, Handedness throwsHand, boolean starter, int battersFaced,
                   double strikeoutRate, double walkRate, double armAngleDeg, double releaseSideFt,
                   double releaseHeightFt, double extensionFt, List<PitchSpec> arsenal, double contactAllowedZ) {
        this(name, team, throwsHand, starter, battersFaced, strikeoutRate, walkRate, armAngleDeg, releaseSideFt,
                releaseHeightFt, extensionFt, arsenal, contactAllowedZ, 1.0);
    }
}
