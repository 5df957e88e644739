package ballflight.cli;

import ballflight.engine.FlightSimulator;
import ballflight.model.FlightRequest;
import ballflight.model.FlightResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * {@code fly --input} as a pipeline over chunks of rows: a reader thread parses the next chunk
 * while the calling thread flies the current one and a writer thread formats the one before, so
 * parsing and writing overlap flying and at most {@value #QUEUED} chunks wait on each side: memory
 * stays bounded whatever the file size. Rows come out in input order, each with its results
 * appended; rows without a flight ({@link RowRequests#request} null) are skipped and counted. The
 * first failure (a bad row names its line) stops all three threads and is rethrown here.
 */
final class FlyStream {
    /** Chunks parsed ahead of the kernel, and flown chunks waiting for the writer. */
    static final int QUEUED = 2;

    /**
     * Text per chunk, chars: wide rows (a Savant export has 90+ columns) end a chunk before
     * {@code chunkRows}, so the chunks held at once stay a few MB each whatever the row width.
     */
    static final long CHUNK_CHARS = 2L << 20;

    /** Rows read, flown and skipped. */
    record Counts(long flown, long skipped) {
    }

    /** A chunk in flight: rows with requests, then results; or the end, or a failure. */
    private record Chunk(List<CasesFile.Row> rows, List<FlightRequest> requests, List<FlightResult> results,
                         long skipped, Throwable failure) {
        static final Chunk END = new Chunk(List.of(), List.of(), List.of(), 0, null);

        boolean isEnd() {
            return this == END;
        }
    }

    private FlyStream() {
    }

    /**
     * Reads every row of {@code file}, flies it with {@code sim} in chunks of {@code chunkRows}
     * flights and writes the input header plus {@link FlightReport#BATCH_COLUMNS}, then one line per
     * flown row, to {@code out}. {@code beforeFirstFlight} runs once the first chunk has parsed (so a
     * file that fails early reports only its error).
     */
    static Counts run(CasesFile file, RowRequests rows, FlightSimulator sim, int chunkRows, Writer out,
                      Runnable beforeFirstFlight) throws IOException {
        BlockingQueue<Chunk> parsed = new ArrayBlockingQueue<>(QUEUED);
        BlockingQueue<Chunk> flown = new ArrayBlockingQueue<>(QUEUED);
        Thread reader = Thread.ofPlatform().daemon().name("ballflight-read").unstarted(
                () -> read(file, rows, chunkRows, parsed));
        WriterTask writing = new WriterTask(file.header(), flown, out);
        Thread writer = Thread.ofPlatform().daemon().name("ballflight-write").unstarted(writing);
        reader.start();
        writer.start();
        long flights = 0;
        long skipped = 0;
        boolean done = false;
        try {
            while (true) {
                Chunk c = parsed.take();
                if (c.failure() instanceof RuntimeException e) {
                    throw e;
                }
                if (c.failure() instanceof Error e) {
                    throw e;
                }
                if (c.isEnd()) {
                    break;
                }
                if (flights + skipped == 0) {
                    beforeFirstFlight.run();
                }
                List<FlightResult> results = c.requests().isEmpty() ? List.of() : sim.flyAll(c.requests());
                flights += results.size();
                skipped += c.skipped();
                handOver(flown, new Chunk(c.rows(), null, results, 0, null), writing, writer);
            }
            handOver(flown, Chunk.END, writing, writer);
            writer.join();
            writing.rethrow();
            done = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while flying " + file.name(), e);
        } finally {
            if (!done) {
                reader.interrupt();
                writer.interrupt();
                joinQuietly(writer); // the output is closed (and removed) only after the writer stopped
            }
            joinQuietly(reader);
        }
        return new Counts(flights, skipped);
    }

    /** Queues {@code c} for the writer, unless the writer has failed (then its failure is thrown). */
    private static void handOver(BlockingQueue<Chunk> flown, Chunk c, WriterTask writing, Thread writer)
            throws InterruptedException {
        while (!flown.offer(c, 50, java.util.concurrent.TimeUnit.MILLISECONDS)) {
            writing.rethrow();
            if (!writer.isAlive()) {
                throw new IllegalStateException("the output writer stopped");
            }
        }
    }

    /** Parses rows into chunks of up to {@code chunkRows} flights until the end or a failure. */
    private static void read(CasesFile file, RowRequests rows, int chunkRows, BlockingQueue<Chunk> parsed) {
        try {
            try {
                long read = 0;
                while (true) {
                    List<CasesFile.Row> kept = new ArrayList<>(chunkRows);
                    List<FlightRequest> requests = new ArrayList<>(chunkRows);
                    long skipped = 0;
                    CasesFile.Row row = null;
                    long chars = 0;
                    while (requests.size() < chunkRows && chars < CHUNK_CHARS && (row = file.next()) != null) {
                        FlightRequest r = rows.request(row);
                        if (r == null) {
                            skipped++;
                        } else {
                            kept.add(row);
                            requests.add(r);
                            for (String cell : row.cells()) {
                                chars += cell.length() + 1;
                            }
                        }
                    }
                    if (!requests.isEmpty() || skipped > 0) {
                        parsed.put(new Chunk(kept, requests, null, skipped, null));
                    }
                    read += kept.size() + skipped;
                    if (row == null) {
                        if (read == 0) {
                            throw new ballflight.model.InputException("input", file.name()
                                    + ": no data rows after the header");
                        }
                        parsed.put(Chunk.END);
                        return;
                    }
                }
            } catch (RuntimeException | Error e) {
                parsed.put(new Chunk(null, null, null, 0, e));
            }
        } catch (InterruptedException e) {
            // The flying side stopped (it failed or finished early): nothing more to read.
        }
    }

    private static void joinQuietly(Thread t) {
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Formats flown chunks in order: the header first, then one CSV record per row. */
    private static final class WriterTask implements Runnable {
        private final List<String> header;
        private final BlockingQueue<Chunk> flown;
        private final Writer out;
        private volatile RuntimeException failure;

        WriterTask(List<String> header, BlockingQueue<Chunk> flown, Writer out) {
            this.header = header;
            this.flown = flown;
            this.out = out;
        }

        @Override
        public void run() {
            try {
                CsvRecordWriter records = new CsvRecordWriter(out);
                double[] results = new double[FlightReport.BATCH_COLUMNS.size()];
                boolean first = true;
                while (true) {
                    Chunk c = flown.take(); // the header waits for the first chunk: a failure before writes nothing
                    if (first) {
                        List<String> columns = new ArrayList<>(header);
                        columns.addAll(FlightReport.BATCH_COLUMNS);
                        records.header(columns);
                        first = false;
                    }
                    if (c.isEnd()) {
                        records.flush();
                        return;
                    }
                    for (int i = 0; i < c.rows().size(); i++) {
                        FlightResult r = c.results().get(i);
                        for (int k = 0; k < results.length; k++) {
                            results[k] = FlightReport.batchValue(r, k);
                        }
                        records.row(c.rows().get(i).cells(), results, FlightReport.MACHINE_DECIMALS);
                    }
                }
            } catch (IOException e) {
                failure = new UncheckedIOException(e);
            } catch (RuntimeException | Error e) {
                failure = e instanceof Error err ? new IllegalStateException("writer failed: " + err, err)
                        : (RuntimeException) e;
            } catch (InterruptedException e) {
                // Stopped by the flying side after a failure there.
            }
        }

        /** The writer's failure, if any, rethrown on the flying thread. */
        void rethrow() {
            RuntimeException f = failure;
            if (f != null) {
                throw f;
            }
        }
    }
}
