package ballflight.pa;

import ballflight.contact.BattedBall;
import ballflight.fielding.BattedBallType;

/**
 * One finished plate appearance.
 *
 * @param outcome how it ended
 * @param pitches pitches thrown
 * @param ball the ball in play (null for K, BB, HBP)
 * @param type its batted-ball type (null for K, BB, HBP)
 */
public record PlateAppearanceResult(PaOutcome outcome, int pitches, BattedBall ball, BattedBallType type) {
}
