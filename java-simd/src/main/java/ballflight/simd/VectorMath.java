package ballflight.simd;

import ballflight.kernel.DeterministicMath;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;

/**
 * {@link DeterministicMath#pow} lane by lane with the same bits: the same series in the same
 * order, and the exact exponent steps ({@code getExponent}, {@code scalb}, {@code rint}) done with
 * integer bit operations that AVX2 has (no double/long conversions, which it lacks). Those bit
 * tricks are exact only for normal arguments and {@code |2^n|} factors with {@code |n| < 512}
 * (where {@code Math.scalb} is one multiplication); lanes outside that range, which realistic
 * flights never reach, are recomputed with the scalar {@code DeterministicMath.pow}.
 */
final class VectorMath {
    // DeterministicMath's constants (package-private there); a drift fails the parity test.
    // The scalar series' constants, so both evaluate the same terms.
    private static final double SQRT2 = DeterministicMath.SQRT2;
    private static final double LN2 = DeterministicMath.LN2;
    private static final double LOG2_E = DeterministicMath.LOG2_E;
    private static final int LOG_TERMS = DeterministicMath.LOG_TERMS;
    private static final int EXP_TERMS = DeterministicMath.EXP_TERMS;

    private static final double TWO_52 = 0x1.0p52;
    /** {@code 2^52 + 1023}: adding it to an integer-valued n leaves n + 1023 in the low mantissa bits. */
    private static final double EXPONENT_MAGIC = TWO_52 + 1023.0;
    private static final long MANTISSA_BITS = 0x000F_FFFF_FFFF_FFFFL;
    private static final long ONE_BITS = 0x3FF0_0000_0000_0000L;
    private static final long TWO_52_BITS = 0x4330_0000_0000_0000L;
    /** Largest |y| for which rint(y) stays within the single-multiplication range of Math.scalb. */
    private static final double MAX_EXP2_ARGUMENT = 510.0;

    /** {@code 1 / (2k + 1)} for k = 0..LOG_TERMS, as the scalar code evaluates it. */
    private static final double[] LOG_COEFFICIENTS = new double[LOG_TERMS + 1];

    static {
        for (int k = 0; k <= LOG_TERMS; k++) {
            LOG_COEFFICIENTS[k] = 1.0 / (2 * k + 1);
        }
    }

    private VectorMath() {
    }

    /** {@code x^a} per lane where {@code lanes} is set; other lanes hold garbage. */
    static DoubleVector pow(DoubleVector x, DoubleVector a, VectorMask<Double> lanes) {
        DoubleVector y = a.mul(log2(x));
        DoubleVector result = exp2Unchecked(y);
        VectorMask<Double> normal = x.compare(VectorOperators.GE, Double.MIN_NORMAL)
                .and(x.compare(VectorOperators.LE, Double.MAX_VALUE));
        VectorMask<Double> bad = normal.not().or(inExp2Range(y).not()).and(lanes);
        if (bad.anyTrue()) {
            result = scalarPow(result, x, a, bad);
        }
        return result;
    }

    /** {@code 2^y} per lane, as {@code DeterministicMath.pow(2.0, y)} (which is exactly its exp2). */
    static DoubleVector exp2(DoubleVector y) {
        DoubleVector result = exp2Unchecked(y);
        VectorMask<Double> bad = inExp2Range(y).not();
        if (bad.anyTrue()) {
            result = scalarPow(result, y.broadcast(2.0), y, bad);
        }
        return result;
    }

    private static VectorMask<Double> inExp2Range(DoubleVector y) {
        return y.abs().compare(VectorOperators.LE, MAX_EXP2_ARGUMENT);
    }

    /** The rare lanes outside the exact range: the scalar reference itself. */
    private static DoubleVector scalarPow(DoubleVector result, DoubleVector x, DoubleVector a,
                                          VectorMask<Double> lanes) {
        DoubleVector out = result;
        for (int i = 0; i < x.length(); i++) {
            if (lanes.laneIsSet(i)) {
                out = out.withLane(i, DeterministicMath.pow(x.lane(i), a.lane(i)));
            }
        }
        return out;
    }

    /** DeterministicMath.log2 for positive normal lanes. */
    static DoubleVector log2(DoubleVector x) {
        LongVector bits = x.reinterpretAsLongs();
        // getExponent + 1023, and the mantissa scaled into [1, 2) (= scalb(x, -e) for normal x).
        LongVector biased = bits.lanewise(VectorOperators.LSHR, 52);
        DoubleVector e = biased.or(TWO_52_BITS).reinterpretAsDoubles().sub(EXPONENT_MAGIC);
        DoubleVector m = bits.and(MANTISSA_BITS).or(ONE_BITS).reinterpretAsDoubles();
        VectorMask<Double> high = m.compare(VectorOperators.GT, SQRT2);
        m = m.blend(m.mul(0.5), high);
        e = e.blend(e.add(1.0), high);
        DoubleVector u = m.sub(1.0).div(m.add(1.0));
        DoubleVector u2 = u.mul(u);
        DoubleVector series = x.broadcast(LOG_COEFFICIENTS[LOG_TERMS]);
        for (int k = LOG_TERMS - 1; k >= 0; k--) {
            series = u2.mul(series).add(LOG_COEFFICIENTS[k]);
        }
        DoubleVector lnM = u.mul(2.0).mul(series);
        return e.add(lnM.mul(LOG2_E));
    }

    /** DeterministicMath.exp2 for lanes with |y| <= MAX_EXP2_ARGUMENT. */
    private static DoubleVector exp2Unchecked(DoubleVector y) {
        // rint: adding and removing 2^52 rounds to an integer, ties to even, as Math.rint does.
        VectorMask<Double> negative = y.compare(VectorOperators.LT, 0.0);
        DoubleVector n = y.add(TWO_52).sub(TWO_52).blend(y.sub(TWO_52).add(TWO_52), negative);
        DoubleVector g = y.sub(n).mul(LN2);
        DoubleVector r = y.broadcast(1.0);
        for (int k = EXP_TERMS; k >= 1; k--) {
            r = g.mul(r).div(k).add(1.0);
        }
        // 2^n from its bits: n + 1023 in the exponent field.
        DoubleVector twoN = n.add(EXPONENT_MAGIC).reinterpretAsLongs().lanewise(VectorOperators.LSHL, 52)
                .reinterpretAsDoubles();
        return r.mul(twoN);
    }
}
