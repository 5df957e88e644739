package ballflight.spark;

import ballflight.engine.FlightSimulator;
import ballflight.model.FlightRequest;
import ballflight.model.FlightResult;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * One partition's balls flown in kernel batches ({@link FlightSimulator#CHUNK} at a time) by a
 * simulator made on the executor, each row returned with its results appended, in input order.
 */
final class FlyPartition implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    /** The backend line goes to the executor's stderr (its log) once per JVM, so a fallback is never silent. */
    private static final java.util.concurrent.atomic.AtomicBoolean TOLD = new java.util.concurrent.atomic.AtomicBoolean();
    private final BallColumns columns;
    private final FlySettings settings;

    FlyPartition(BallColumns columns, FlySettings settings) {
        this.columns = columns;
        this.settings = settings;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        FlightSimulator sim = settings.builder().build();
        if (TOLD.compareAndSet(false, true)) {
            System.err.println("ballflight " + sim.backendReason());
        }
        return new Iterator<>() {
            private final List<Row> out = new ArrayList<>();
            private int next;

            @Override
            public boolean hasNext() {
                if (next < out.size()) {
                    return true;
                }
                out.clear();
                next = 0;
                List<Row> in = new ArrayList<>(FlightSimulator.CHUNK);
                List<FlightRequest> requests = new ArrayList<>(FlightSimulator.CHUNK);
                while (in.size() < FlightSimulator.CHUNK && rows.hasNext()) {
                    Row r = rows.next();
                    in.add(r);
                    requests.add(FlightRequest.of(columns.launch(r)));
                }
                if (in.isEmpty()) {
                    sim.close();
                    return false;
                }
                List<FlightResult> results = sim.flyAll(requests);
                for (int i = 0; i < in.size(); i++) {
                    out.add(appended(in.get(i), results.get(i)));
                }
                return true;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return out.get(next++);
            }
        };
    }

    private static Row appended(Row row, FlightResult f) {
        Object[] values = new Object[row.length() + BallColumns.RESULT_COLUMNS.size()];
        for (int i = 0; i < row.length(); i++) {
            values[i] = row.get(i);
        }
        int k = row.length();
        values[k] = f.distanceFt();
        values[k + 1] = f.hangTimeS();
        values[k + 2] = f.apexFt();
        values[k + 3] = f.landingXFt();
        values[k + 4] = f.landingYFt();
        return RowFactory.create(values);
    }
}
