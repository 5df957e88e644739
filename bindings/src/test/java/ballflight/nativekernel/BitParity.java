package ballflight.nativekernel;

import static org.junit.jupiter.api.Assertions.fail;

import ballflight.kernel.BatchColumn;
import ballflight.kernel.FlightBatch;
import ballflight.kernel.PathBuffer;
import java.util.ArrayList;
import java.util.List;

/** Raw-bit comparison of two batches and paths, reporting flight, column and both values. */
final class BitParity {
    private static final int MAX_REPORTED = 10;

    private BitParity() {
    }

    static void assertSameBits(String what, FlightBatch expected, FlightBatch actual, int n) {
        List<String> diffs = new ArrayList<>();
        int total = 0;
        for (int c = 0; c < BatchColumn.COUNT; c++) {
            for (int i = 0; i < n; i++) {
                double e = expected.get(c, i);
                double a = actual.get(c, i);
                if (Double.doubleToRawLongBits(e) != Double.doubleToRawLongBits(a)) {
                    if (total++ < MAX_REPORTED) {
                        diffs.add("flight " + i + " column " + BatchColumn.name(c) + ": java " + e + " ("
                                + Long.toHexString(Double.doubleToRawLongBits(e)) + ") vs native " + a + " ("
                                + Long.toHexString(Double.doubleToRawLongBits(a)) + ")");
                    }
                }
            }
        }
        if (total > 0) {
            fail(what + ": " + total + " values differ; first: \n  " + String.join("\n  ", diffs));
        }
    }

    static void assertSameBits(String what, PathBuffer expected, PathBuffer actual, int n) {
        List<String> diffs = new ArrayList<>();
        int total = 0;
        String[] fields = {"t", "x", "y", "z"};
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < expected.samplesPerFlight(); k++) {
                for (int f = 0; f < PathBuffer.FIELDS; f++) {
                    double e = expected.get(i, k, f);
                    double a = actual.get(i, k, f);
                    if (Double.doubleToRawLongBits(e) != Double.doubleToRawLongBits(a) && total++ < MAX_REPORTED) {
                        diffs.add("flight " + i + " sample " + k + " " + fields[f] + ": java " + e
                                + " vs native " + a);
                    }
                }
            }
        }
        if (total > 0) {
            fail(what + ": " + total + " path values differ; first: \n  " + String.join("\n  ", diffs));
        }
    }
}
