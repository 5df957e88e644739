package ballflight.pitch;

/**
 * Every tuned number of the plate-appearance model in one place; docs/CALIBRATION.md explains
 * each and how it was set. Values are behaviour, not outcome rates: the outcomes come from the
 * flights, the collision and the fielders.
 *
 * @param countTilt pitch choice: relative fastball usage change per count step behind
 * @param edgeAtEven intended location: fraction of the way to the zone edge in an even count
 * @param edgePerAdvantage intended location: extra edge per strike ahead (less per ball behind)
 * @param edgePerBatterWalkLog intended location: extra edge per unit of ln(batter's 2025 walk rate / league walk
 *                             rate); pitchers work around the hitters who walk (and hurt them) most
 * @param edgePerBatterChaseZ intended location: extra edge per sd of the batter's 2025 chase rate above the
 *                            league's; chasers are pitched off the plate, hitters who do not chase in the zone
 * @param commandSigmaFt execution: standard deviation of the miss in x and z for a league-average walk rate
 * @param leagueWalkRate walk rate at which {@code commandSigmaFt} applies
 * @param zoneSwing swing rate at pitches in the zone in neutral counts
 * @param zoneSwingPerChaseZ zone swing rate added per sd of the batter's 2025 chase rate above the league's: a
 *                           hitter who chases more also swings more at strikes, one who takes balls also takes
 *                           more strikes (and so more called third strikes)
 * @param twoStrikeSwingBoost added to the swing probability with two strikes (protecting)
 * @param threeBallTake subtracted from the zone swing probability with three balls and fewer than two strikes
 * @param chaseEdgeFactor swing probability just outside the zone, as a multiple of the batter's chase rate
 * @param chaseDecayFt distance outside the zone over which the chase probability falls by e
 * @param whiffPerFtOutside extra whiff odds factor exp(k * ft outside the zone)
 * @param zoneWhiff whiff per swing of a league batter at a league pitch in the middle of the zone, before the
 *                  count: set so the zone's whiffs per swing are Statcast's (zone contact 82.2 %)
 * @param twoStrikeWhiffOdds whiff odds multiplier with two strikes (shorter swing)
 * @param batterWhiffPower elasticity of the whiff odds in the batter's 2025 whiff odds per swing (relative to the
 *                         league's): how strongly his contact skill shows against the same pitch
 * @param pitchWhiffPower elasticity of the whiff odds in the pitch's 2025 whiff odds relative to its type's league
 *                        odds: how strongly a pitcher's stuff, pitch type by pitch type, shows against the same
 *                        hitter (the type's own league odds enter as they are)
 * @param commandWalkPower the command error grows as (pitcher's 2025 walk rate / league walk rate) to this power
 * @param heightWhiffShare share (as an exponent of the contact probability) of misses that are misses in
 *                         height; the rest are timing misses
 * @param trackedSigmaIn spread of the height error of a swing that read the pitch for a batter whose launch
 *                       angles spread as widely as the league's, in
 * @param fooledSigmaIn spread of the height error of a swing fooled by the pitch, in
 * @param fooledBiasIn how far a fooled swing passes under a fastball / over a breaking or off-speed pitch, in
 * @param offsetMeanIn mean height of the ball's centre above the bat's centre at contact for a league-LA batter
 * @param offsetPerLaDeg change of that mean per degree of the batter's 2025 mean launch angle
 * @param offsetPerFtHeight change per ft of pitch height above the zone centre (high pitches are undercut)
 * @param offsetPerAttackDeg mean height lowered per degree of the batter's attack angle above the league's: a
 *                           steep bat path already lifts the ball, so his 2025 launch angle needs less undercut
 * @param timingSigmaMs standard deviation of the swing timing error
 * @param twoStrikeTimingPerFoul with two strikes the timing spread is multiplied by exp(k (f - 0.501)), f the batter's
 *                               2025 fouls per contact: protecting the plate, a hitter who fouls more of his
 *                               contact off keeps fouling off two-strike pitches instead of putting them in play
 * @param pullTimingMs mean early timing for a batter with a 40 % pull rate
 * @param faceDegPerMs bat face angle change per ms of timing error
 * @param fastestTimingMs timing (+ early) at which the ball is met where the bat's head is fastest, out in front
 * @param batSpeedLossPerMs2 bat speed lost, as a fraction, per ms^2 of timing away from that fastest point (a
 *                           ball met deep, late, is met before the bat has its full speed)
 * @param sweetSpotSigmaIn standard deviation of the impact point along the barrel for a batter with the
 *                         league's squared-up rate
 * @param sweetSpotVarPerSquaredUp variance of that impact point (in^2) removed per unit of squared-up rate above
 *                                 the league's (a batter who squares up more meets the ball nearer the sweet spot)
 * @param sweetSpotVarPerContactZ variance of that impact point (in^2) removed per standard deviation of the
 *                               pitcher's 2025 quality of contact allowed above the league's (how squarely he is hit)
 * @param sweetSpotVarPerBarrelZ variance of that impact point (in^2) removed per standard deviation of the batter's
 *                               2025 barrel rate above the league's (a batter who barrels more meets the ball on
 *                               the sweet spot more often)
 * @param batSpeedSpread relative standard deviation of the bat speed from swing to swing
 * @param collisionEfficiency q at the sweet spot (wood bat: ~0.2)
 * @param efficiencyLossPerIn2 q lost per square inch away from the sweet spot
 * @param friction fraction of the way to rolling the ball gets in the collision (spin from friction)
 * @param hbpInsideFt a pitch this far inside (toward the batter) from the plate centre hits him
 * @param catchMarginS a fielder who arrives this much after the ball still makes the play (dive, reach)
 * @param errorScale errors per chance as a multiple of (1 - fielding percentage)
 * @param homeZoneEdgeFt home-field edge: the umpire's called zone is this much larger for the home
 *                       team's pitchers and this much smaller for the visitors' (0 in a neutral park)
 */
public record PaTuning(double countTilt, double edgeAtEven, double edgePerAdvantage, double edgePerBatterWalkLog,
                       double edgePerBatterChaseZ,
                       double commandSigmaFt,
                       double leagueWalkRate, double zoneSwing, double zoneSwingPerChaseZ, double twoStrikeSwingBoost,
                       double threeBallTake,
                       double chaseEdgeFactor, double chaseDecayFt, double whiffPerFtOutside, double zoneWhiff,
                       double twoStrikeWhiffOdds, double batterWhiffPower, double pitchWhiffPower,
                       double commandWalkPower, double heightWhiffShare, double trackedSigmaIn,
                       double fooledSigmaIn, double fooledBiasIn, double offsetMeanIn, double offsetPerLaDeg,
                       double offsetPerFtHeight, double offsetPerAttackDeg, double timingSigmaMs, double twoStrikeTimingPerFoul,
                       double pullTimingMs,
                       double faceDegPerMs, double fastestTimingMs, double batSpeedLossPerMs2, double sweetSpotSigmaIn, double sweetSpotVarPerSquaredUp,
                       double sweetSpotVarPerContactZ, double sweetSpotVarPerBarrelZ,
                       double batSpeedSpread, double collisionEfficiency, double efficiencyLossPerIn2,
                       double friction, double hbpInsideFt, double catchMarginS,
                       double errorScale, double homeZoneEdgeFt) {

    /** The calibrated values (docs/CALIBRATION.md). */
    public static final PaTuning DEFAULT = new PaTuning(
            0.15, 1.16, 0.30, 0.36, 0.06, 0.55, 0.085, 0.75, 0.018, 0.12,
            0.25, 1.6, 0.6, 4.5, 0.195, 0.53, 2.3, 2.15, 0.38,
            0.7, 0.70, 1.0, 3.0, 0.22, 0.050, 0.15,
            0.059, 23.0, 2.0, 4.0, 1.6, 10.0, 0.0002, 3.43, 30.0, 4.4, 4.0, 0.022,
            0.214, 0.0075, 0.90, 1.70, -0.27, 1.0, 0.021);
}
