package ballflight.service;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Lock-free latency histogram in microseconds with ~6 % wide log buckets (16 per power of two),
 * from 1 µs to about 70 minutes: percentiles within a bucket's width, fixed memory, safe to record
 * from any thread.
 */
final class LatencyHistogram {
    private static final int SUB_BUCKETS = 16;
    private static final int OCTAVES = 32;
    private final AtomicLongArray counts = new AtomicLongArray(SUB_BUCKETS * OCTAVES);

    void record(long micros) {
        counts.incrementAndGet(bucket(Math.max(1, micros)));
    }

    static int bucket(long micros) {
        int octave = 63 - Long.numberOfLeadingZeros(micros);
        if (octave >= OCTAVES) {
            return SUB_BUCKETS * OCTAVES - 1;
        }
        // Position inside the octave, from the 4 bits below the leading one.
        int sub = octave >= 4 ? (int) ((micros >>> (octave - 4)) & 15) : (int) ((micros << (4 - octave)) & 15);
        return octave * SUB_BUCKETS + sub;
    }

    /** Upper edge of a bucket in microseconds. */
    static double upperEdge(int bucket) {
        int octave = bucket / SUB_BUCKETS;
        int sub = bucket % SUB_BUCKETS;
        return Math.scalb(1.0 + (sub + 1) / (double) SUB_BUCKETS, octave);
    }

    long count() {
        long n = 0;
        for (int i = 0; i < counts.length(); i++) {
            n += counts.get(i);
        }
        return n;
    }

    /** The latency below which a fraction {@code q} (0..1) of the recorded requests fall, µs; 0 if none. */
    double percentile(double q) {
        long total = count();
        if (total == 0) {
            return 0;
        }
        long rank = (long) Math.ceil(q * total);
        long seen = 0;
        for (int i = 0; i < counts.length(); i++) {
            seen += counts.get(i);
            if (seen >= Math.max(1, rank)) {
                return upperEdge(i);
            }
        }
        return upperEdge(counts.length() - 1);
    }
}
