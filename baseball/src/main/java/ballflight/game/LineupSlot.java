package ballflight.game;

import ballflight.data.Hitter;

/**
 * A batting-order spot.
 *
 * @param hitter who bats there
 * @param position where he plays (C, 1B, ..., RF, or DH)
 */
public record LineupSlot(Hitter hitter, String position) {
}
