package ballflight.game;

import ballflight.data.Defense;
import java.util.List;

/**
 * Who plays one game for a team: nine batting-order slots with positions, the defence behind the
 * pitcher built from them, and the catcher's arm (for steals).
 *
 * @param slots nine slots, leadoff first
 * @param defense pitcher plus the seven fielders (the catcher fields nothing in the engine)
 * @param catcherArmMph the catcher's throwing speed
 */
public record GameLineup(List<LineupSlot> slots, Defense defense, double catcherArmMph) {
    public GameLineup {
        slots = List.copyOf(slots);
        if (slots.size() != 9) {
            throw new IllegalArgumentException("a lineup has 9 hitters, got " + slots.size());
        }
    }
}
