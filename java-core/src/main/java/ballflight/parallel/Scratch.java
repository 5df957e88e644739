package ballflight.parallel;

import ballflight.kernel.BatchColumn;
import ballflight.kernel.FlightBatch;
import ballflight.kernel.FlightKernel;
import ballflight.kernel.KernelParams;
import ballflight.kernel.PathBuffer;
import java.lang.foreign.MemorySegment;

/**
 * One thread's private batch (and path buffer) for a chunk of a larger batch: inputs are copied
 * in column by column, the scalar kernel runs, outputs and path samples are copied back. Reused
 * for every chunk; the path buffer is reallocated only when the path shape changes.
 */
final class Scratch {
    private final FlightBatch batch = FlightBatch.allocate(ParallelJavaKernel.MAX_CHUNK_FLIGHTS);
    private PathBuffer path;

    void integrate(FlightKernel kernel, FlightBatch source, KernelParams params, PathBuffer sourcePath, int from,
                   int count) {
        long bytes = (long) count * Double.BYTES;
        for (int c = 0; c < BatchColumn.INPUT_COUNT; c++) {
            MemorySegment.copy(source.segment(), source.offset(c, from), batch.segment(), batch.offset(c, 0), bytes);
        }
        batch.setSize(count);
        PathBuffer p = sourcePath == null ? null : pathLike(sourcePath);
        kernel.integrate(batch, params, p);
        for (int c = BatchColumn.INPUT_COUNT; c < BatchColumn.COUNT; c++) {
            MemorySegment.copy(batch.segment(), batch.offset(c, 0), source.segment(), source.offset(c, from), bytes);
        }
        if (p != null) {
            for (int i = 0; i < count; i++) {
                // Only the samples written: the rest of the caller's buffer is left as it was.
                long samples = (long) batch.get(BatchColumn.PATH_COUNT, i);
                MemorySegment.copy(p.segment(), p.offset(i, 0, 0), sourcePath.segment(),
                        sourcePath.offset(from + i, 0, 0), samples * PathBuffer.FIELDS * Double.BYTES);
            }
        }
    }

    private PathBuffer pathLike(PathBuffer shape) {
        if (path == null || path.samplesPerFlight() != shape.samplesPerFlight()
                || path.strideSteps() != shape.strideSteps()) {
            if (path != null) {
                path.close();
            }
            path = PathBuffer.allocate(ParallelJavaKernel.MAX_CHUNK_FLIGHTS, shape.samplesPerFlight(),
                    shape.strideSteps());
        }
        return path;
    }
}
