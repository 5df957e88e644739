package ballflight.fielding;

import ballflight.model.FlightResult;
import ballflight.pa.PaOutcome;

/**
 * How a ball in play ended.
 *
 * @param outcome hit, out or error
 * @param type GB, LD, FB or PU
 * @param flight the kernel's flight of the ball (to its first landing)
 */
public record PlayResult(PaOutcome outcome, BattedBallType type, FlightResult flight) {
}
