package ballflight.export;

import ballflight.data.Handedness;
import ballflight.data.Pitcher;
import ballflight.fielding.BattedBallType;
import ballflight.fielding.PaOutcome;
import ballflight.game.GameListener;
import ballflight.game.PlateAppearanceEnd;
import ballflight.game.PlateAppearanceStart;
import ballflight.game.Runner;
import ballflight.pa.PitchEvent;
import ballflight.pitch.PitchRelease;
import ballflight.pitch.PitchResult;
import ballflight.pitch.StrikeZone;
import ballflight.units.Units;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One game as Baseball Savant's pitch-by-pitch CSV rows (Savant's column names, units and
 * conventions; docs/FORMATS.md describes every column). The rows of a plate appearance are
 * written when it ends, because the {@code events} of its last pitch (a force out, a double play,
 * a sacrifice fly) are only known once the runners have moved. Not thread-safe: one per game.
 */
public final class StatcastGame implements GameListener {
    /** The header, in order: Savant's columns, then ours. */
    public static final List<String> COLUMNS = List.of("game_pk", "game_date", "home_team", "away_team", "inning",
            "inning_topbot", "outs_when_up", "balls", "strikes", "on_1b", "on_2b", "on_3b", "at_bat_number",
            "pitch_number", "batter", "pitcher", "player_name", "stand", "p_throws", "pitch_type", "release_speed",
            "release_pos_x", "release_pos_z", "release_extension", "release_spin_rate", "spin_axis", "pfx_x", "pfx_z",
            "plate_x", "plate_z", "sz_top", "sz_bot", "zone", "description", "events", "bb_type", "launch_speed",
            "launch_angle", "hit_distance_sc", "hc_x", "hc_y", "home_score", "away_score", "spray_angle_deg",
            "backspin_rpm", "sidespin_rpm", "hang_time_s", "apex_ft", "batter_name");
    /** Savant's spray-chart image: home plate's pixel and the feet per pixel. */
    static final double HC_HOME_X = 125.42;
    static final double HC_HOME_Y = 198.27;
    static final double HC_FT_PER_UNIT = 2.5;
    static final double GRAVITY_FTPS2 = 32.174;

    private final int gamePk;
    private final String gameDate;
    private final String home;
    private final String away;
    private final PlayerIds ids;
    /** A game's rows are ~60 kB: one buffer, rarely grown. */
    private final StringBuilder rows = new StringBuilder(96 * 1024);
    /** Pitchers' names as Savant writes them ("Last, First"), per game. */
    private final Map<String, String> savantNames = new HashMap<>();
    private final StatcastPitchRows pitchRows = new StatcastPitchRows(rows);
    private final List<PitchEvent> pitches = new ArrayList<>();
    private PlateAppearanceStart start;
    private int atBatNumber;

    /**
     * @param gamePk the game's number (its 0-based schedule index)
     * @param gameDate yyyy-mm-dd
     */
    public StatcastGame(int gamePk, String gameDate, String away, String home, PlayerIds ids) {
        this.gamePk = gamePk;
        this.gameDate = gameDate;
        this.home = home;
        this.away = away;
        this.ids = ids;
    }

    /** The header line. */
    public static String header() {
        return String.join(",", COLUMNS) + "\n";
    }

    @Override
    public void plateAppearanceStart(PlateAppearanceStart s) {
        start = s;
        pitches.clear();
        atBatNumber++;
    }

    @Override
    public void pitch(PitchEvent event) {
        pitches.add(event);
    }

    @Override
    public void plateAppearanceEnd(PlateAppearanceEnd end) {
        PlateAppearanceStart s = start;
        String playerName = savantNames.computeIfAbsent(s.pitcher().name(), StatcastPitchRows::savantName);
        // What every row of the plate appearance shares, written once.
        StringBuilder situation = new StringBuilder(64);
        new CsvLine(situation).integer(gamePk).text(gameDate).text(home).text(away).integer(s.inning())
                .text(s.homeBatting() ? "Bot" : "Top").integer(s.outs());
        StringBuilder runners = new StringBuilder(48);
        new CsvLine(runners).text(runnerId(s.first())).text(runnerId(s.second())).text(runnerId(s.third()))
                .integer(atBatNumber);
        StringBuilder players = new StringBuilder(80);
        new CsvLine(players).text(ids.id(s.batter())).text(ids.id(s.pitcher())).text(playerName).text(hand(s.batter().bats()))
                .text(hand(s.pitcher().throwsHand()));
        StringBuilder scores = new StringBuilder(8);
        new CsvLine(scores).integer(s.homeScore()).integer(s.awayScore());
        pitchRows.write(situation, runners, players, s.pitcher(), pitches, event(end), scores, s.batter().name());
        pitches.clear();
    }

    private String runnerId(Runner r) {
        return r == null ? null : ids.id(r.hitter());
    }

    /** The rows so far, UTF-8. */
    public byte[] bytes() {
        return rows.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String hand(Handedness h) {
        return h == Handedness.LEFT ? "L" : "R";
    }

    /** Savant's spin axis: 180 = pure backspin (12:00 on the clock), 30 degrees per hour. */
    static long spinAxisDeg(double clockHours) {
        return Math.round(((clockHours * 30.0 + 180.0) % 360.0 + 360.0) % 360.0);
    }

    /**
     * Spin-induced movement as Savant reports it (pfx_x, pfx_z, ft, catcher's view), from the
     * flight's ends: the constant acceleration that takes the ball from the release point to
     * where it crossed with the velocity it had there, less gravity and less drag (the fit's
     * deceleration along the mean velocity), over the whole flight: the break against a spinless
     * twin, as Savant's pfx (pfx_z x 12 is its "induced vertical break" in inches).
     */
    public static double[] pfxFt(Pitcher p, PitchResult r) {
        double t = r.flightTimeS();
        double y0 = PitchRelease.releaseYFt(p);
        double yEnd = StrikeZone.FRONT_OF_PLATE_Y_FT;
        double vx = Units.mphToFtPerS(r.vxMph());
        double vy = Units.mphToFtPerS(r.vyMph());
        double vz = Units.mphToFtPerS(r.vzMph());
        double ax = 2.0 * (p.releaseSideFt() + vx * t - r.plateXFt()) / (t * t);
        double az = 2.0 * (p.releaseHeightFt() + vz * t - r.plateZFt()) / (t * t);
        double mx = (r.plateXFt() - p.releaseSideFt()) / t;
        double my = (yEnd - y0) / t;
        double mz = (r.plateZFt() - p.releaseHeightFt()) / t;
        if (r.reachedPlate()) {
            // Drag acts along the velocity: its share on x and z follows the mean velocity's direction.
            double ay = 2.0 * (y0 + vy * t - yEnd) / (t * t);
            ax -= ay * mx / my;
            az -= ay * mz / my;
        }
        az += GRAVITY_FTPS2;
        return new double[] {0.5 * ax * t * t, 0.5 * az * t * t};
    }

    /**
     * Savant's zones, catcher's view: 1-9 the strike zone in a 3 x 3 grid (1 high and toward
     * third base, 9 low and toward first), 11-14 the quadrants outside it (11 high left, 12 high
     * right, 13 low left, 14 low right).
     */
    static int zone(double xFt, double zFt) {
        double w = StrikeZone.HALF_WIDTH_FT;
        double bottom = StrikeZone.BOTTOM_FT;
        double top = StrikeZone.TOP_FT;
        if (Math.abs(xFt) <= w && zFt >= bottom && zFt <= top) {
            int col = Math.min(2, (int) ((xFt + w) / (2 * w / 3)));
            int row = Math.min(2, (int) ((top - zFt) / ((top - bottom) / 3)));
            return 1 + row * 3 + col;
        }
        boolean high = zFt >= (top + bottom) / 2;
        boolean left = xFt < 0;
        return high ? (left ? 11 : 12) : (left ? 13 : 14);
    }

    static String description(PitchEvent p) {
        return switch (p.call()) {
            case BALL -> p.pitch().reachedPlate() ? "ball" : "blocked_ball";
            case CALLED_STRIKE -> "called_strike";
            case SWINGING_STRIKE -> "swinging_strike";
            case FOUL -> "foul";
            case IN_PLAY -> "hit_into_play";
            case HIT_BY_PITCH -> "hit_by_pitch";
        };
    }

    /** Savant's {@code events} for the plate appearance's last pitch. */
    static String event(PlateAppearanceEnd end) {
        return event(end.atBat().result().outcome(), end.play().doublePlay(), end.play().batterReached(),
                end.play().sacrificeFly());
    }

    /** As above, from the outcome and what the runners did (all false without runners). */
    static String event(PaOutcome o, boolean doublePlay, boolean batterReached, boolean sacrificeFly) {
        return switch (o) {
            case K -> "strikeout";
            case BB -> "walk";
            case HBP -> "hit_by_pitch";
            case SINGLE -> "single";
            case DOUBLE -> "double";
            case TRIPLE -> "triple";
            case HR -> "home_run";
            case E -> "field_error";
            case GO -> doublePlay ? "grounded_into_double_play" : batterReached ? "force_out" : "field_out";
            case FO, LO, PO -> sacrificeFly ? "sac_fly" : "field_out";
        };
    }

    static String bbType(BattedBallType t) {
        return switch (t) {
            case GB -> "ground_ball";
            case LD -> "line_drive";
            case FB -> "fly_ball";
            case PU -> "popup";
        };
    }
}
