package ballflight.game;

/** A hitter's counting stats for a game or a season (mutable tally; add with {@link #add}). */
public final class BattingLine {
    public final String name;
    public final String team;
    public final String position;
    public int pa, ab, r, h, doubles, triples, hr, rbi, bb, k, hbp, sf, sb, cs;

    public BattingLine(String name, String team, String position) {
        this.name = name;
        this.team = team;
        this.position = position;
    }

    public void add(BattingLine o) {
        pa += o.pa; ab += o.ab; r += o.r; h += o.h; doubles += o.doubles; triples += o.triples; hr += o.hr;
        rbi += o.rbi; bb += o.bb; k += o.k; hbp += o.hbp; sf += o.sf; sb += o.sb; cs += o.cs;
    }

    public double avg() {
        return ab == 0 ? 0.0 : (double) h / ab;
    }

    public double obp() {
        int den = ab + bb + hbp + sf;
        return den == 0 ? 0.0 : (double) (h + bb + hbp) / den;
    }

    public double slg() {
        return ab == 0 ? 0.0 : (double) (h + doubles + 2 * triples + 3 * hr) / ab;
    }
}
