package ballflight.game;

import ballflight.pa.PlateAppearanceResult;

/**
 * One plate appearance as the game needs it: the engine's result plus where the ball landed.
 *
 * @param result outcome, pitches, batted ball
 * @param landing null when the ball was not put in play (K, BB, HBP) or left the park
 */
public record AtBat(PlateAppearanceResult result, Landing landing) {
}
