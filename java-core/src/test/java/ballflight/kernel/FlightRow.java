package ballflight.kernel;

import ballflight.engine.BatchCodec;
import ballflight.model.AeroParameters;
import ballflight.model.FlightRequest;

/**
 * The input columns of one flight, in SI, as a value: tests build flights directly in kernel
 * units, write them into a {@link FlightBatch}, and hand the same row to the reference integrator.
 *
 * @param x start x, m
 * @param y start y, m
 * @param z start height, m
 * @param vx velocity x, m/s
 * @param vy velocity y, m/s
 * @param vz velocity z, m/s
 * @param spinX spin vector x, rad/s
 * @param spinY spin vector y, rad/s
 * @param spinZ spin vector z, rad/s
 * @param dragK {@code rho A / 2m}, 1/m
 * @param windX wind x at the reference height, m/s
 * @param windY wind y at the reference height, m/s
 * @param shearExponent power-law exponent, 0 = uniform
 * @param shearReferenceM height where the wind columns hold, m
 * @param fenceDistanceM fence distance, m, 0 = none
 * @param fenceHeightM fence height, m
 * @param planeY stop plane y, m, or {@link BatchColumn#NO_PLANE}
 */
public record FlightRow(double x, double y, double z, double vx, double vy, double vz,
                        double spinX, double spinY, double spinZ, double dragK,
                        double windX, double windY, double shearExponent, double shearReferenceM,
                        double fenceDistanceM, double fenceHeightM, double planeY) {

    /** Standard-day drag constant of the default ball. */
    public static final double STANDARD_DRAG_K =
            AeroParameters.NATHAN.dragConstantPerM(ballflight.model.Atmosphere.STANDARD.airDensityKgPerM3());

    /** A ball from (0, 0, z) with velocity v, no spin, calm air, no fence, no plane. */
    public static FlightRow launch(double z, double vx, double vy, double vz, double dragK) {
        return new FlightRow(0, 0, z, vx, vy, vz, 0, 0, 0, dragK, 0, 0, 0, 10.0, 0, 0, BatchColumn.NO_PLANE);
    }

    /** The row {@link BatchCodec} writes for a request. */
    public static FlightRow of(FlightRequest request, AeroParameters aero) {
        try (FlightBatch b = FlightBatch.allocate(1)) {
            BatchCodec.encode(request, aero, b, 0);
            return read(b, 0);
        }
    }

    public static FlightRow read(FlightBatch b, int i) {
        double[] c = new double[BatchColumn.INPUT_COUNT];
        for (int k = 0; k < c.length; k++) {
            c[k] = b.get(k, i);
        }
        return new FlightRow(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10], c[11],
                c[12], c[13], c[14], c[15], c[16]);
    }

    public void write(FlightBatch b, int i) {
        double[] c = {x, y, z, vx, vy, vz, spinX, spinY, spinZ, dragK, windX, windY, shearExponent,
            shearReferenceM, fenceDistanceM, fenceHeightM, planeY};
        for (int k = 0; k < c.length; k++) {
            b.set(k, i, c[k]);
        }
    }

    public FlightRow withSpin(double sx, double sy, double sz) {
        return new FlightRow(x, y, z, vx, vy, vz, sx, sy, sz, dragK, windX, windY, shearExponent,
                shearReferenceM, fenceDistanceM, fenceHeightM, planeY);
    }

    public FlightRow withWind(double wx, double wy, double exponent, double referenceM) {
        return new FlightRow(x, y, z, vx, vy, vz, spinX, spinY, spinZ, dragK, wx, wy, exponent, referenceM,
                fenceDistanceM, fenceHeightM, planeY);
    }

    public FlightRow withFence(double distanceM, double heightM) {
        return new FlightRow(x, y, z, vx, vy, vz, spinX, spinY, spinZ, dragK, windX, windY, shearExponent,
                shearReferenceM, distanceM, heightM, planeY);
    }

    public FlightRow withPlane(double planeYM) {
        return new FlightRow(x, y, z, vx, vy, vz, spinX, spinY, spinZ, dragK, windX, windY, shearExponent,
                shearReferenceM, fenceDistanceM, fenceHeightM, planeYM);
    }

    public FlightRow withStart(double sx, double sy, double sz) {
        return new FlightRow(sx, sy, sz, vx, vy, vz, spinX, spinY, spinZ, dragK, windX, windY, shearExponent,
                shearReferenceM, fenceDistanceM, fenceHeightM, planeY);
    }
}
