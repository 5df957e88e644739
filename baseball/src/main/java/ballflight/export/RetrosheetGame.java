package ballflight.export;

import ballflight.data.Defense;
import ballflight.data.Hitter;
import ballflight.data.Park;
import ballflight.data.Pitcher;
import ballflight.game.GameLineup;
import ballflight.game.GameListener;
import ballflight.game.GameResult;
import ballflight.game.LineupSlot;
import ballflight.game.PitchingLine;
import ballflight.game.PlateAppearanceEnd;
import ballflight.game.PlateAppearanceStart;
import ballflight.game.TeamRoster;
import ballflight.pa.PitchEvent;
import java.util.List;
import java.util.Locale;

/**
 * One game as a Retrosheet event-file game (id, version, info, start, play, sub, radj and
 * data,er records; docs/FORMATS.md). ASCII only: names are folded ({@link AsciiNames}). Not
 * thread-safe: one per game.
 */
public final class RetrosheetGame implements GameListener {
    private final String gameId;
    private final String date;
    private final int number;
    private final PlayerIds ids;
    private final StringBuilder out = new StringBuilder(16 * 1024);
    private final StringBuilder sequence = new StringBuilder();
    /** sub and radj records waiting for the next play: they follow a "no play" record for its batter. */
    private final StringBuilder pending = new StringBuilder();
    private boolean pendingSub;
    private String away;
    private String home;
    private Defense awayDefense;
    private Defense homeDefense;
    private int inning;
    private boolean top;
    private PlateAppearanceStart start;
    private int balls;
    private int strikes;

    /**
     * @param date yyyymmdd
     * @param number 0 for a single game, 1 or 2 for the games of a doubleheader
     */
    public RetrosheetGame(String home, String date, int number, PlayerIds ids) {
        this.gameId = home + date + number;
        this.date = date;
        this.number = number;
        this.ids = ids;
    }

    @Override
    public void gameStart(TeamRoster away, TeamRoster home, GameLineup awayLineup, GameLineup homeLineup,
                          Pitcher awayStarter, Pitcher homeStarter, Park park) {
        this.away = away.team();
        this.home = home.team();
        this.awayDefense = awayLineup.defense();
        this.homeDefense = homeLineup.defense();
        out.append("id,").append(gameId).append('\n').append("version,2\n");
        info("visteam", this.away);
        info("hometeam", this.home);
        info("site", this.home + "01");
        info("date", date.substring(0, 4) + "/" + date.substring(4, 6) + "/" + date.substring(6, 8));
        info("number", Integer.toString(number));
        info("usedh", "true");
        info("umphome", "");
        info("temp", Long.toString(Math.round(park.atmosphere().temperatureF())));
        info("winddir", "unknown");
        info("windspeed", "0");
        info("fieldcond", "unknown");
        info("precip", "unknown");
        info("sky", "unknown");
        lineup(this.away, 0, awayLineup, awayStarter);
        lineup(this.home, 1, homeLineup, homeStarter);
    }

    private void info(String key, String value) {
        out.append("info,").append(key).append(',').append(value).append('\n');
    }

    private void lineup(String team, int side, GameLineup lineup, Pitcher starter) {
        List<LineupSlot> slots = lineup.slots();
        for (int i = 0; i < slots.size(); i++) {
            Hitter h = slots.get(i).hitter();
            player("start", team, h.name(), side, i + 1, RetrosheetPlay.position(slots.get(i).position()));
        }
        player("start", team, starter.name(), side, 0, 1);
    }

    private void player(String record, String team, String name, int side, int order, int position) {
        player(out, record, team, name, side, order, position);
    }

    private void player(StringBuilder to, String record, String team, String name, int side, int order, int position) {
        to.append(record).append(',').append(ids.id(team, name)).append(",\"").append(AsciiNames.fold(name))
                .append("\",").append(side).append(',').append(order).append(',').append(position).append('\n');
    }

    @Override
    public void halfInning(int inning, boolean top) {
        this.inning = inning;
        this.top = top;
    }

    @Override
    public void pitcherChange(boolean homeFielding, Pitcher reliever) {
        player(pending, "sub", homeFielding ? home : away, reliever.name(), homeFielding ? 1 : 0, 0, 1);
        pendingSub = true;
    }

    @Override
    public void automaticRunner(Hitter runner) {
        pending.append("radj,").append(ids.id(battingTeam(), runner.name())).append(",2\n");
    }

    @Override
    public void stealAttempt(Hitter runner, Hitter nextBatter, boolean safe) {
        play(nextBatter.name(), 0, 0, "", safe ? "SB2" : "CS2(24)");
    }

    @Override
    public void plateAppearanceStart(PlateAppearanceStart s) {
        start = s;
        sequence.setLength(0);
        balls = 0;
        strikes = 0;
    }

    @Override
    public void pitch(PitchEvent e) {
        balls = e.balls();
        strikes = e.strikes();
        sequence.append(switch (e.call()) {
            case BALL -> 'B';
            case CALLED_STRIKE -> 'C';
            case SWINGING_STRIKE -> 'S';
            case FOUL -> 'F';
            case IN_PLAY -> 'X';
            case HIT_BY_PITCH -> 'H';
        });
    }

    @Override
    public void plateAppearanceEnd(PlateAppearanceEnd e) {
        Defense d = start.homeBatting() ? awayDefense : homeDefense;
        play(start.batter().name(), balls, strikes, sequence.toString(), RetrosheetPlay.event(start, e, d));
    }

    /**
     * A play record, after any waiting sub and radj records. Chadwick reads a substitution with
     * the count of the play before it (a change in the middle of a plate appearance charges a walk
     * to the pitcher who fell behind), so, as in Retrosheet's files, changes between plate
     * appearances follow a "no play" record with a 0-0 count for the batter about to bat.
     */
    private void play(String batter, int b, int s, String pitches, String event) {
        if (!pending.isEmpty()) {
            if (pendingSub) {
                record(batter, 0, 0, "", "NP");
            }
            out.append(pending);
            pending.setLength(0);
            pendingSub = false;
        }
        record(batter, b, s, pitches, event);
    }

    private void record(String batter, int b, int s, String pitches, String event) {
        out.append("play,").append(inning).append(',').append(top ? 0 : 1).append(',')
                .append(ids.id(battingTeam(), batter)).append(',').append(b).append(s).append(',').append(pitches)
                .append(',').append(event).append('\n');
    }

    private String battingTeam() {
        return top ? away : home;
    }

    /** Ends the game with every pitcher's earned runs ({@code data,er}, visitors first), as the box score has them. */
    public void finish(GameResult g) {
        for (PitchingLine p : g.awayPitching()) {
            out.append(String.format(Locale.ROOT, "data,er,%s,%d\n", ids.id(g.away(), p.name), p.er));
        }
        for (PitchingLine p : g.homePitching()) {
            out.append(String.format(Locale.ROOT, "data,er,%s,%d\n", ids.id(g.home(), p.name), p.er));
        }
    }

    /** Retrosheet's game id: home team, yyyymmdd, game number. */
    public String gameId() {
        return gameId;
    }

    /** The game's records so far (ASCII). */
    public String text() {
        return out.toString();
    }
}
