package ballflight.kernel;

import ballflight.model.AeroParameters;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The drag coefficient of the crisis model as a table: {@code Cd} at {@link #SPEED_NODES} relative
 * speeds on {@code 0..}{@link #SPEED_MAX_MPS} m/s times {@link #SPIN_NODES} spin rates on
 * {@code 0..}{@link #SPIN_MAX_RAD_PER_S} rad/s, read by bilinear interpolation and clamped to the
 * grid outside it. Built once per set of crisis constants from the exact form, so a node holds the
 * exact kernel's value; the kernels then spend four loads and a few multiply-adds per acceleration
 * instead of an {@code exp}.
 *
 * <p>Layout: row-major by spin, {@code cd[j * speedCount + i]} at speed {@code i / speedScale} and
 * spin {@code j / spinScale}. The same values live on the Java heap (the Java kernel) and off-heap
 * (handed to the native kernel by address in {@code BfParams}; kept alive by this object, which the
 * {@link KernelParams} of a call holds). Immutable.
 */
public final class CoefficientTable {
    /** Speed nodes: 1 m/s apart, so the logistic's curvature leaves under 0.05 % error. */
    public static final int SPEED_NODES = 71;
    public static final double SPEED_MAX_MPS = 70.0;
    /** Spin nodes, 50 rad/s apart ({@code Cd} is linear in spin: these add no error). */
    public static final int SPIN_NODES = 15;
    public static final double SPIN_MAX_RAD_PER_S = 700.0;
    /** Largest grid the native side accepts per axis (ABI: {@code BF_TABLE_MAX_NODES}). */
    public static final int MAX_NODES = 4096;

    private static final Map<Key, CoefficientTable> CACHE = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 64;

    /** The constants a crisis table depends on. */
    private record Key(double cd0, double cdSpinPerRadPerS, double crisisCdDelta, double crisisSpeed,
                       double crisisExpScale) {
    }

    private final int speedCount;
    private final int spinCount;
    private final double speedScale;
    private final double spinScale;
    private final double[] cd;
    private final MemorySegment segment;

    private CoefficientTable(int speedCount, int spinCount, double speedMax, double spinMax, double[] cd) {
        this.speedCount = speedCount;
        this.spinCount = spinCount;
        this.speedScale = (speedCount - 1) / speedMax;
        this.spinScale = (spinCount - 1) / spinMax;
        this.cd = cd;
        MemorySegment off = Arena.ofAuto().allocate(ValueLayout.JAVA_DOUBLE, cd.length);
        MemorySegment.copy(cd, 0, off, ValueLayout.JAVA_DOUBLE, 0, cd.length);
        this.segment = off.asReadOnly();
    }

    /**
     * The table of the crisis constants in {@code p} (from {@link KernelParams#of}); cached, so
     * repeated simulators with the same constants share one table.
     */
    static CoefficientTable crisis(double cd0, double cdSpinPerRadPerS, double crisisCdDelta, double crisisSpeed,
                                   double crisisExpScale) {
        Key key = new Key(cd0, cdSpinPerRadPerS, crisisCdDelta, crisisSpeed, crisisExpScale);
        CoefficientTable t = CACHE.get(key);
        if (t == null) {
            if (CACHE.size() >= CACHE_LIMIT) {
                CACHE.clear();
            }
            t = CACHE.computeIfAbsent(key, k -> build(k, SPEED_NODES, SPEED_MAX_MPS, SPIN_NODES, SPIN_MAX_RAD_PER_S));
        }
        return t;
    }

    /** The crisis table of {@code aero}'s constants (whatever its drag model). */
    public static CoefficientTable crisis(AeroParameters aero) {
        KernelParams p = KernelParams.of(aero.withDragModel(ballflight.model.DragModel.CRISIS), 0.001);
        return crisis(p.cd0(), p.cdSpinPerRadPerS(), p.crisisCdDelta(), p.crisisSpeed(), p.crisisExpScale());
    }

    private static CoefficientTable build(Key k, int speedCount, double speedMax, int spinCount, double spinMax) {
        double[] cd = new double[speedCount * spinCount];
        for (int j = 0; j < spinCount; j++) {
            double omega = spinMax * j / (spinCount - 1);
            for (int i = 0; i < speedCount; i++) {
                double v = speedMax * i / (speedCount - 1);
                cd[j * speedCount + i] = exactCd(k.cd0, k.cdSpinPerRadPerS, k.crisisCdDelta, k.crisisSpeed,
                        k.crisisExpScale, v, omega);
            }
        }
        return new CoefficientTable(speedCount, spinCount, speedMax, spinMax, cd);
    }

    /**
     * The exact crisis law as the kernel evaluates it: {@code cd0 + cdSpin omega + dCd / (1 + 2^((V - Vc) s))}
     * with {@code s = log2(e) / w}.
     */
    static double exactCd(double cd0, double cdSpinPerRadPerS, double crisisCdDelta, double crisisSpeed,
                          double crisisExpScale, double speedMps, double omegaRadPerS) {
        double step = DeterministicMath.exp2((speedMps - crisisSpeed) * crisisExpScale);
        return cd0 + cdSpinPerRadPerS * omegaRadPerS + crisisCdDelta / (1.0 + step);
    }

    /** The exact coefficient of the crisis law in {@code aero} at a relative speed and spin. */
    public static double exactCd(AeroParameters aero, double speedMps, double omegaRadPerS) {
        KernelParams p = KernelParams.of(aero.withDragModel(ballflight.model.DragModel.CRISIS), 0.001);
        return exactCd(p.cd0(), p.cdSpinPerRadPerS(), p.crisisCdDelta(), p.crisisSpeed(), p.crisisExpScale(),
                speedMps, omegaRadPerS);
    }

    /** Spin coordinate of the grid, clamped: computed once per RK4 stage spin. */
    double spinPosition(double omegaRadPerS) {
        return clamp(omegaRadPerS * spinScale, spinCount - 1);
    }

    /**
     * Bilinear {@code Cd} at {@code speedMps} and grid spin coordinate {@code spinPos}: the exact
     * operations of the kernels (Java and Rust).
     */
    double interpolate(double speedMps, double spinPos) {
        double u = clamp(speedMps * speedScale, speedCount - 1);
        int i = (int) u;
        if (i > speedCount - 2) {
            i = speedCount - 2;
        }
        int j = (int) spinPos;
        if (j > spinCount - 2) {
            j = spinCount - 2;
        }
        double fv = u - i;
        double fw = spinPos - j;
        int k = j * speedCount + i;
        int k2 = k + speedCount;
        double c0 = cd[k] + fv * (cd[k + 1] - cd[k]);
        double c1 = cd[k2] + fv * (cd[k2 + 1] - cd[k2]);
        return c0 + fw * (c1 - c0);
    }

    /** {@code Cd} from the table at a relative speed (m/s) and spin (rad/s). */
    public double cd(double speedMps, double omegaRadPerS) {
        return interpolate(speedMps, spinPosition(omegaRadPerS));
    }

    /** {@code x} clamped to {@code [0, max]}; NaN gives 0. */
    static double clamp(double x, double max) {
        if (!(x > 0.0)) {
            return 0.0;
        }
        return x < max ? x : max;
    }

    public int speedCount() {
        return speedCount;
    }

    public int spinCount() {
        return spinCount;
    }

    /** Grid nodes per m/s of speed. */
    public double speedScale() {
        return speedScale;
    }

    /** Grid nodes per rad/s of spin. */
    public double spinScale() {
        return spinScale;
    }

    /** The off-heap copy of the values, {@code speedCount * spinCount} doubles, for the native kernel. */
    public MemorySegment segment() {
        return segment;
    }
}
