package ballflight.pa;

import ballflight.contact.BattedBall;
import ballflight.fielding.PlayResult;
import ballflight.pitch.PitchResult;

/**
 * One pitch of a plate appearance, for recorders (pitch-by-pitch files).
 *
 * @param balls balls in the count before the pitch
 * @param strikes strikes before the pitch
 * @param pitch the pitch as it reached the plate (type, location, velocity)
 * @param releaseSpeedMph speed out of the hand
 * @param call what became of it
 * @param ball the batted ball when the bat met it (fouls and balls in play), else null
 * @param play how a ball put in play ended (a fair ball, or an air ball that fell foul), else null
 */
public record PitchEvent(int balls, int strikes, PitchResult pitch, double releaseSpeedMph, PitchCall call,
                         BattedBall ball, PlayResult play) {
}
