package ballflight.projection;

import ballflight.data.Handedness;
import ballflight.data.Hitter;
import ballflight.data.LaunchAngleSpread;

/**
 * The pitcher as a hitter when the DH is off. Pitchers have not batted since 2022, so this is a
 * fixed profile from the last seasons they did (about .110/.150/.140 with a 40 % strikeout rate):
 * a slow bat, many whiffs, weak contact. He is an everyday player (never rested) and never fields
 * (the pitcher's fielding is the league pitcher's, as always).
 */
final class PitcherAtBat {
    static final String NAME = "Pitcher";
    /** Plate appearances that make him play every game in any slot ({@code TeamRoster.fullTimePa}: at most 756). */
    static final int EVERY_GAME_PA = 760;

    private PitcherAtBat() {
    }

    /** The pitcher's bat for {@code team}; {@code like} lends the (unused) fielding skill. */
    static Hitter of(String team, Hitter like) {
        // Launch angles spread a quarter wider than the league's: a weak hitter's (few line drives, many pop-ups).
        return new Hitter(NAME, team, "P", Handedness.RIGHT, EVERY_GAME_PA, 0.40, 0.045, 62.0, 8.0, 0.40, 0.33, 6.0, 80.0, 90.0,
                0.10, 0.0, 1.25 * LaunchAngleSpread.LEAGUE_SD_DEG, 0.38, 0.27, 25.5, like.fielding());
    }
}
