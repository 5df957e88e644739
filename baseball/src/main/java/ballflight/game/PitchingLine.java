package ballflight.game;

/** A pitcher's counting stats for a game or a season (mutable tally). */
public final class PitchingLine {
    public final String name;
    public final String team;
    public int outs, bf, h, r, er, bb, k, hr, pitches, wins, losses;
    /** Games pitched, and games he was scheduled to start (a bullpen game's opener is in relief). */
    public int games, starts;

    public PitchingLine(String name, String team) {
        this.name = name;
        this.team = team;
    }

    public void add(PitchingLine o) {
        outs += o.outs; bf += o.bf; h += o.h; r += o.r; er += o.er; bb += o.bb; k += o.k; hr += o.hr;
        pitches += o.pitches; wins += o.wins; losses += o.losses; games += o.games; starts += o.starts;
    }

    /** Innings pitched as scorers write it: 5.2 = five and two thirds. */
    public String ip() {
        return outs / 3 + "." + outs % 3;
    }

    public double era() {
        return outs == 0 ? 0.0 : 27.0 * er / outs;
    }
}
