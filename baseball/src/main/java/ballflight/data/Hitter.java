package ballflight.data;

/**
 * A batter's skills as the plate-appearance engine uses them; every field is filled (missing
 * data replaced by the league value at load, see docs/DATA.md).
 *
 * @param name "First Last"
 * @param team 2025 team abbreviation
 * @param position primary fielding position (C, 1B, ..., CF)
 * @param bats batting side
 * @param plateAppearances 2025 playing time (AB + BB), the weight for random pairings
 * @param strikeoutRate K per PA, 2025
 * @param walkRate BB per PA, 2025
 * @param batSpeedMph average competitive-swing bat speed at the sweet spot (reported; the collision uses the
 *                    speed his EV50 implies, see Swing)
 * @param attackAngleDeg average vertical bat path angle at contact
 * @param whiffPerSwing fraction of swings that miss
 * @param chaseRate fraction of pitches outside the zone swung at
 * @param avgLaunchAngleDeg mean launch angle of batted balls
 * @param avgExitVelocityMph mean exit velocity of batted balls (reported, not used by the physics)
 * @param ev50Mph mean exit velocity of the hardest half of his batted balls (Savant's EV50): sets the bat speed
 *                his best contact was made with (see Swing)
 * @param squaredUpPerContact share of his bat-ball contacts (fair and foul) that were squared up: exit
 *                            velocity at least 80 % of the most his bat speed and the pitch speed allow
 * @param barrelRate fraction of his batted balls that were barrels (Statcast: 98+ mph inside a launch-angle window
 *                   that widens with speed), 2025
 * @param launchAngleSdDeg spread of his 2025 launch angles, deg: the sd of the normal law with his mean launch
 *                         angle and his sweet-spot share ({@link LaunchAngleSpread})
 * @param pullRate fraction of batted balls pulled
 * @param oppoRate fraction of batted balls to the opposite field
 * @param sprintSpeedFtPerS top sprint speed
 * @param fielding the same player as a fielder
 * @param ratesBreakScale how much pitches broke, relative to the league's air, where his 2025 rates were
 *                        earned: half his games at his 2025 home park ({@link LeagueAir#ratesBreakScale})
 * @param foulsPerContact share of his 2025 bat-ball contacts that went foul (bat tracking: contacts less batted
 *                        balls, over contacts)
 */
public record Hitter(String name, String team, String position, Handedness bats, int plateAppearances,
                     double strikeoutRate, double walkRate, double batSpeedMph, double attackAngleDeg,
                     double whiffPerSwing, double chaseRate, double avgLaunchAngleDeg, double avgExitVelocityMph, double ev50Mph,
                     double squaredUpPerContact, double barrelRate, double launchAngleSdDeg,
                     double pullRate, double oppoRate, double sprintSpeedFtPerS, FielderSkill fielding,
                     double ratesBreakScale, double foulsPerContact) {
    /** League chase rate (swings at pitches outside the zone), 2025 (Savant). */
    public static final double LEAGUE_CHASE_RATE = 0.285;
    /** Spread of the chase rate among regulars, 2025: what one sd of Savant's chase percentile is worth. */
    public static final double CHASE_RATE_SD = 0.06;
    /** League fouls per bat-ball contact, 2025 (Savant bat tracking, mean over the 420 hitters with 100+ contacts). */
    public static final double LEAGUE_FOULS_PER_CONTACT = 0.501;
    /** League barrel rate per batted ball: mean over the 237 hitters with 250+ batted balls, 2025 (Savant). */
    public static final double LEAGUE_BARREL_RATE = 0.090;
    /** Spread of the barrel rate among those hitters. */
    public static final double BARREL_RATE_SD = 0.045;
    /** His scores are held to this many sd. */
    public static final double MAX_SCORE = 2.5;

    /** A batter whose 2025 rates were earned in the league's air (break scale 1), fouling as often as the league. */
    public Hitter(String name, String team, String position, Handedness bats, int plateAppearances,
                  double strikeoutRate, double walkRate, double batSpeedMph, double attackAngleDeg,
                  double whiffPerSwing, double chaseRate, double avgLaunchAngleDeg, double avgExitVelocityMph,
                  double ev50Mph, double squaredUpPerContact, double barrelRate, double launchAngleSdDeg,
                  double pullRate, double oppoRate, double sprintSpeedFtPerS, FielderSkill fielding) {
        this(name, team, position, bats, plateAppearances, strikeoutRate, walkRate, batSpeedMph, attackAngleDeg,
                whiffPerSwing, chaseRate, avgLaunchAngleDeg, avgExitVelocityMph, ev50Mph, squaredUpPerContact,
                barrelRate, launchAngleSdDeg, pullRate, oppoRate, sprintSpeedFtPerS, fielding, 1.0,
                LEAGUE_FOULS_PER_CONTACT);
    }

    /** The same skills under another name, on another team, with other playing time. */
    public Hitter as(String newName, String newTeam, int newPlateAppearances) {
        return new Hitter(newName, newTeam, position, bats, newPlateAppearances, strikeoutRate, walkRate, batSpeedMph,
                attackAngleDeg, whiffPerSwing, chaseRate, avgLaunchAngleDeg, avgExitVelocityMph, ev50Mph,
                squaredUpPerContact, barrelRate, launchAngleSdDeg, pullRate, oppoRate, sprintSpeedFtPerS, fielding,
                ratesBreakScale, foulsPerContact);
    }

    /** How much more than the league he chases, in sd (+ = chases more), held to +-{@value #MAX_SCORE}. */
    public double chaseZ() {
        return NormalScore.of(chaseRate, LEAGUE_CHASE_RATE, CHASE_RATE_SD, MAX_SCORE);
    }

    /** How much more often than the league he barrels the ball, in sd, held to +-{@value #MAX_SCORE}. */
    public double barrelZ() {
        return NormalScore.of(barrelRate, LEAGUE_BARREL_RATE, BARREL_RATE_SD, MAX_SCORE);
    }
}
