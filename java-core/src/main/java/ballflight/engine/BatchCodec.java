package ballflight.engine;

import ballflight.kernel.BatchColumn;
import ballflight.kernel.FlightBatch;
import ballflight.kernel.PathBuffer;
import ballflight.model.AeroParameters;
import ballflight.model.EndReason;
import ballflight.model.FlightRequest;
import ballflight.model.FlightResult;
import ballflight.model.InitialState;
import ballflight.model.PathPoint;
import ballflight.model.Wind;
import ballflight.units.Units;
import java.util.ArrayList;
import java.util.List;

/**
 * Translates between the user-facing records ({@link FlightRequest}, {@link FlightResult}, in
 * mph / ft / rpm) and the SI columns of a {@link FlightBatch}. Air density, wind components and
 * all other transcendental functions are evaluated here, once per flight, never in a kernel.
 */
public final class BatchCodec {
    private BatchCodec() {
    }

    public static void encode(FlightRequest request, AeroParameters aero, FlightBatch batch, int i) {
        InitialState s = request.start();
        batch.set(BatchColumn.X, i, s.xM());
        batch.set(BatchColumn.Y, i, s.yM());
        batch.set(BatchColumn.Z, i, s.zM());
        batch.set(BatchColumn.VX, i, s.vxMps());
        batch.set(BatchColumn.VY, i, s.vyMps());
        batch.set(BatchColumn.VZ, i, s.vzMps());
        batch.set(BatchColumn.SPIN_X, i, s.spinXRadPerS());
        batch.set(BatchColumn.SPIN_Y, i, s.spinYRadPerS());
        batch.set(BatchColumn.SPIN_Z, i, s.spinZRadPerS());
        batch.set(BatchColumn.DRAG_K, i, aero.dragConstantPerM(request.atmosphere().airDensityKgPerM3()));
        Wind w = request.wind();
        batch.set(BatchColumn.WIND_X, i, w.xMps());
        batch.set(BatchColumn.WIND_Y, i, w.yMps());
        batch.set(BatchColumn.SHEAR_EXPONENT, i, w.shearExponent());
        batch.set(BatchColumn.SHEAR_REFERENCE_HEIGHT, i, Units.feetToMetres(w.referenceHeightFt()));
        if (request.fence() != null) {
            batch.set(BatchColumn.FENCE_DISTANCE, i, Units.feetToMetres(request.fence().distanceFt()));
            batch.set(BatchColumn.FENCE_HEIGHT, i, Units.feetToMetres(request.fence().heightFt()));
        } else {
            batch.set(BatchColumn.FENCE_DISTANCE, i, 0.0);
            batch.set(BatchColumn.FENCE_HEIGHT, i, 0.0);
        }
        double plane = request.stopPlaneYFt();
        batch.set(BatchColumn.PLANE_Y, i, Double.isNaN(plane) ? BatchColumn.NO_PLANE : Units.feetToMetres(plane));
    }

    public static FlightResult decode(FlightRequest request, FlightBatch batch, int i, PathBuffer path) {
        double x = batch.get(BatchColumn.X_END, i);
        double y = batch.get(BatchColumn.Y_END, i);
        double fenceZ = batch.get(BatchColumn.FENCE_Z, i);
        double heightAtFenceFt = Units.metresToFeet(fenceZ);
        boolean clears = request.fence() != null && !Double.isNaN(fenceZ)
                && heightAtFenceFt > request.fence().heightFt();
        return new FlightResult(
                Units.metresToFeet(Math.sqrt(x * x + y * y)),
                batch.get(BatchColumn.T_END, i),
                Units.metresToFeet(batch.get(BatchColumn.APEX_Z, i)),
                batch.get(BatchColumn.APEX_T, i),
                Units.metresToFeet(x),
                Units.metresToFeet(y),
                Units.metresToFeet(batch.get(BatchColumn.Z_END, i)),
                Units.mpsToMph(batch.get(BatchColumn.VX_END, i)),
                Units.mpsToMph(batch.get(BatchColumn.VY_END, i)),
                Units.mpsToMph(batch.get(BatchColumn.VZ_END, i)),
                heightAtFenceFt,
                clears,
                EndReason.ofCode(batch.get(BatchColumn.END_REASON, i)),
                path == null ? List.of() : decodePath(batch, i, path));
    }

    private static List<PathPoint> decodePath(FlightBatch batch, int i, PathBuffer path) {
        int n = (int) batch.get(BatchColumn.PATH_COUNT, i);
        List<PathPoint> points = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            points.add(new PathPoint(path.get(i, k, 0), Units.metresToFeet(path.get(i, k, 1)),
                    Units.metresToFeet(path.get(i, k, 2)), Units.metresToFeet(path.get(i, k, 3))));
        }
        return points;
    }
}
