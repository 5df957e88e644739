package ballflight.export;

import ballflight.contact.BattedBall;
import ballflight.data.PitchSpec;
import ballflight.data.Pitcher;
import ballflight.model.FlightResult;
import ballflight.model.Launch;
import ballflight.pa.PitchEvent;
import ballflight.pitch.PitchResult;
import ballflight.pitch.StrikeZone;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Savant rows of one plate appearance's pitches (docs/FORMATS.md), for a game
 * ({@link StatcastGame}) or a run of plate appearances (plate appearances without a game): the
 * caller gives the fields that depend on where the plate appearance happened, pre-formatted.
 */
final class StatcastPitchRows {
    /** sz_top and sz_bot: the engine's zone is the same for every batter. */
    private static final String ZONE_TOP_BOTTOM = zoneTopBottom();
    private final StringBuilder rows;
    private final CsvLine line;
    /** Each pitch type's fixed delivery fields (a pitch type is one object per pitcher). */
    private final Map<PitchSpec, String> deliveries = new IdentityHashMap<>();

    StatcastPitchRows(StringBuilder rows) {
        this.rows = rows;
        this.line = new CsvLine(rows);
    }

    /**
     * @param situation game_pk through outs_when_up (7 fields)
     * @param runners on_1b, on_2b, on_3b and at_bat_number (4 fields)
     * @param players batter through p_throws (5 fields)
     * @param event the last pitch's {@code events}
     * @param scores home_score and away_score (2 fields)
     */
    void write(CharSequence situation, CharSequence runners, CharSequence players, Pitcher pitcher,
               List<PitchEvent> pitches, String event, CharSequence scores, String batterName) {
        for (int i = 0; i < pitches.size(); i++) {
            PitchEvent p = pitches.get(i);
            boolean last = i == pitches.size() - 1;
            PitchResult r = p.pitch();
            rows.append(situation).append(',');
            line.integer(p.balls()).integer(p.strikes());
            rows.append(',').append(runners);
            line.integer(i + 1);
            rows.append(',').append(players);
            line.text(r.spec().type()).number(p.releaseSpeedMph(), 1);
            rows.append(',').append(delivery(pitcher, r.spec()));
            double[] pfx = StatcastGame.pfxFt(pitcher, r);
            line.number(pfx[0], 2).number(pfx[1], 2).number(r.plateXFt(), 2).number(r.plateZFt(), 2);
            rows.append(ZONE_TOP_BOTTOM);
            line.integer(StatcastGame.zone(r.plateXFt(), r.plateZFt())).text(StatcastGame.description(p))
                    .text(last ? event : null)
                    .text(p.play() != null && !p.play().isFoul() ? StatcastGame.bbType(p.play().type()) : null);
            BattedBall ball = p.ball();
            Launch l = ball == null ? null : ball.launch();
            FlightResult f = p.play() == null || p.play().isFoul() ? null : p.play().flight();
            line.number(l == null ? Double.NaN : l.exitVelocityMph(), 1)
                    .number(l == null ? Double.NaN : l.launchAngleDeg(), 1);
            if (f != null) {
                line.number(f.distanceFt(), 0).number(StatcastGame.HC_HOME_X + f.landingXFt() / StatcastGame.HC_FT_PER_UNIT, 2)
                        .number(StatcastGame.HC_HOME_Y - f.landingYFt() / StatcastGame.HC_FT_PER_UNIT, 2);
            } else {
                line.empty().empty().empty();
            }
            rows.append(',').append(scores);
            line.number(l == null ? Double.NaN : l.sprayAngleDeg(), 1).number(l == null ? Double.NaN : l.backspinRpm(), 0)
                    .number(l == null ? Double.NaN : l.sidespinRpm(), 0);
            line.number(f == null ? Double.NaN : f.hangTimeS(), 2).number(f == null ? Double.NaN : f.apexFt(), 1);
            line.text(batterName).end();
        }
    }

    /** A name as Savant's player_name writes it: "Last, First". */
    static String savantName(String name) {
        String[] pn = AsciiNames.split(name);
        return pn[0].isEmpty() ? pn[1] : pn[1] + ", " + pn[0];
    }

    /** release_pos_x through spin_axis: fixed for a pitcher's pitch type, so formatted once. */
    private String delivery(Pitcher p, PitchSpec spec) {
        String d = deliveries.get(spec);
        if (d == null) {
            StringBuilder b = new StringBuilder(40);
            new CsvLine(b).number(p.releaseSideFt(), 2).number(p.releaseHeightFt(), 2).number(p.extensionFt(), 1)
                    .integer(Math.round(spec.spinRpm())).integer(StatcastGame.spinAxisDeg(spec.spinClockHours()));
            d = b.toString();
            deliveries.put(spec, d);
        }
        return d;
    }

    private static String zoneTopBottom() {
        StringBuilder b = new StringBuilder(",");
        new CsvLine(b).number(StrikeZone.TOP_FT, 2).number(StrikeZone.BOTTOM_FT, 2);
        return b.toString();
    }
}
