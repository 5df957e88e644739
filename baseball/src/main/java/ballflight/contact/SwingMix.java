package ballflight.contact;

import ballflight.data.Hitter;

/**
 * A batter's 2025 whiff rate is per swing over his own mix of swings at strikes and chases, and a
 * chase is missed far more often than a swing in the zone. Two batters with the same whiff rate
 * are therefore not alike: the one who chases more must miss less in the zone. The swing model
 * sets a batter's whiff odds in the zone, so his 2025 rate is turned into zone odds through his
 * share of swings that are chases (from his 2025 chase rate and the league's zone swing rate).
 */
final class SwingMix {
    /**
     * Odds of a whiff on a chase over a swing in the zone: Statcast's chase contact 58.9 % against
     * zone contact 82.2 % (league, 2021, Baseball Savant via RotoBaller).
     */
    static final double CHASE_WHIFF_ODDS_RATIO = (0.411 / 0.589) / (0.178 / 0.822);
    /** About half of all pitches cross the zone (Statcast zone rate ~49 %). */
    static final double ZONE_PITCH_SHARE = 0.5;

    private SwingMix() {
    }

    /**
     * Factor on a batter's whiff odds (his 2025 whiff odds per swing over the league's) that makes
     * them his odds in the zone, relative to a league chaser's: below 1 for a chaser, above 1 for
     * a batter who seldom chases.
     */
    static double zoneOddsFactor(double chaseRate, double zoneSwing) {
        return missWeight(Hitter.LEAGUE_CHASE_RATE, zoneSwing) / missWeight(chaseRate, zoneSwing);
    }

    /** Whiff odds per swing over his mix, in units of his zone odds (odds mixed linearly: the shares are small). */
    private static double missWeight(double chaseRate, double zoneSwing) {
        double chases = chaseRate * (1 - ZONE_PITCH_SHARE);
        double chaseShare = chases / (chases + zoneSwing * ZONE_PITCH_SHARE);
        return 1 - chaseShare + chaseShare * CHASE_WHIFF_ODDS_RATIO;
    }
}
