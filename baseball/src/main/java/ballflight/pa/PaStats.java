package ballflight.pa;

import ballflight.fielding.BattedBallType;
import ballflight.fielding.PaOutcome;

/**
 * Totals of many plate appearances and the league rates from them. Mergeable: chunks are summed
 * in a fixed order, so a parallel run gives the same numbers as a serial one.
 */
public final class PaStats {
    private final long[] outcomes = new long[PaOutcome.values().length];
    private final long[] types = new long[BattedBallType.values().length];
    private long pitches;
    private long ballsInPlay;
    private double sumEvMph;
    private double sumLaDeg;

    public void add(PlateAppearanceResult r) {
        outcomes[r.outcome().ordinal()]++;
        pitches += r.pitches();
        if (r.ball() != null && r.type() != null) {
            types[r.type().ordinal()]++;
            ballsInPlay++;
            sumEvMph += r.ball().launch().exitVelocityMph();
            sumLaDeg += r.ball().launch().launchAngleDeg();
        }
    }

    public void merge(PaStats o) {
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] += o.outcomes[i];
        }
        for (int i = 0; i < types.length; i++) {
            types[i] += o.types[i];
        }
        pitches += o.pitches;
        ballsInPlay += o.ballsInPlay;
        sumEvMph += o.sumEvMph;
        sumLaDeg += o.sumLaDeg;
    }

    public long count(PaOutcome o) {
        return outcomes[o.ordinal()];
    }

    public long plateAppearances() {
        long n = 0;
        for (long c : outcomes) {
            n += c;
        }
        return n;
    }

    public long atBats() {
        return plateAppearances() - count(PaOutcome.BB) - count(PaOutcome.HBP);
    }

    public long hits() {
        return count(PaOutcome.SINGLE) + count(PaOutcome.DOUBLE) + count(PaOutcome.TRIPLE) + count(PaOutcome.HR);
    }

    private double perPa(long n) {
        return ratio(n, plateAppearances());
    }

    private static double ratio(double a, double b) {
        return b == 0 ? 0.0 : a / b;
    }

    public double kPct() {
        return perPa(count(PaOutcome.K));
    }

    public double bbPct() {
        return perPa(count(PaOutcome.BB));
    }

    public double hbpPct() {
        return perPa(count(PaOutcome.HBP));
    }

    public double hrPct() {
        return perPa(count(PaOutcome.HR));
    }

    public double avg() {
        return ratio(hits(), atBats());
    }

    public double obp() {
        return perPa(hits() + count(PaOutcome.BB) + count(PaOutcome.HBP));
    }

    public double slg() {
        long tb = 0;
        for (PaOutcome o : PaOutcome.values()) {
            tb += (long) o.totalBases() * count(o);
        }
        return ratio(tb, atBats());
    }

    /** (H - HR) / (AB - K - HR); no sacrifice flies are modelled. */
    public double babip() {
        return ratio(hits() - count(PaOutcome.HR), atBats() - count(PaOutcome.K) - count(PaOutcome.HR));
    }

    public double typePct(BattedBallType t) {
        return ratio(types[t.ordinal()], ballsInPlay);
    }

    public double meanEvMph() {
        return ratio(sumEvMph, ballsInPlay);
    }

    public double meanLaDeg() {
        return ratio(sumLaDeg, ballsInPlay);
    }

    public double pitchesPerPa() {
        return perPa(pitches);
    }
}
