package ballflight.verdict;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a verdict file with Jackson's streaming parser into plain maps and lists, then into the
 * records. Every {@code auto} run reads one, so it has to be cheap: binding the records through
 * databind took ~280 ms of a cold one-ball run, this ~50 ms. Unknown keys are ignored (newer files
 * stay readable); a missing number is 0 and a missing list empty, as before; a value of the wrong
 * type is refused naming its field.
 */
final class VerdictReader {
    private static final JsonFactory JSON = new JsonFactory();

    private VerdictReader() {
    }

    static Verdict read(InputStream in) throws IOException {
        Object root;
        try (JsonParser p = JSON.createParser(in)) {
            if (p.nextToken() == null) {
                throw new VerdictFormatException("the file is empty");
            }
            root = value(p);
        } catch (JsonProcessingException e) {
            throw new VerdictFormatException("not a verdict: " + e.getOriginalMessage(), e);
        }
        Obj v = Obj.of(root, "the file");
        try {
            return verdict(v);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new VerdictFormatException("not a verdict: " + e.getMessage(), e);
        }
    }

    private static Verdict verdict(Obj v) throws VerdictFormatException {
        return new Verdict(v.integer("schema"), v.text("date"), v.text("machine"), v.text("jdk"), v.text("commit"),
                v.text("method"), v.list("workloads", VerdictReader::workload), v.list("modes", VerdictReader::mode),
                v.list("tables", VerdictReader::table), v.has("host") ? host(v.obj("host")) : null,
                v.list("cold", VerdictReader::cold));
    }

    private static WorkloadVerdict workload(Obj w) throws VerdictFormatException {
        return new WorkloadVerdict(w.text("workload"), w.text("mode"), w.integer("batch_size"), w.text("best_java"),
                w.number("best_java_flights_per_s"), w.number("best_java_error_flights_per_s"), w.text("best_native"),
                w.number("native_flights_per_s"), w.number("native_error_flights_per_s"), w.number("ratio"),
                w.number("ratio_error"), w.text("winner"), w.text("decision"),
                w.has("ranking") ? w.texts("ranking") : null);
    }

    private static ModeVerdict mode(Obj m) throws VerdictFormatException {
        return new ModeVerdict(m.text("mode"), m.has("crossover_batch_size") ? m.integer("crossover_batch_size") : null,
                m.text("decision"));
    }

    private static TableVerdict table(Obj t) throws VerdictFormatException {
        return new TableVerdict(t.text("model"), t.text("backend"), t.number("exact_micros"), t.number("table_micros"),
                t.number("ratio"), t.number("ratio_error"), t.number("mean_coefficient_error_percent"),
                t.number("max_coefficient_error_percent"), t.number("max_distance_error_ft"), t.bool("pays"),
                t.text("reason"));
    }

    private static MachineId host(Obj h) throws VerdictFormatException {
        return new MachineId(h.text("cpu_model"), h.integer("cores"), h.text("simd"), h.text("os"), h.text("arch"),
                h.integer("jdk"));
    }

    private static ColdVerdict cold(Obj c) throws VerdictFormatException {
        List<Double> seconds = new ArrayList<>();
        for (Object s : c.array("seconds")) {
            if (!(s instanceof Number n)) {
                throw new VerdictFormatException(c.where + ".seconds: " + s + " is not a number");
            }
            seconds.add(n.doubleValue());
        }
        try {
            return new ColdVerdict(c.text("mode"), c.integer("flights"), c.texts("ranking"), seconds);
        } catch (IllegalArgumentException e) {
            throw new VerdictFormatException(c.where + ": " + e.getMessage());
        }
    }

    /** One JSON value as maps, lists, strings, numbers, booleans and null. */
    private static Object value(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Map<String, Object> m = new LinkedHashMap<>();
                while (p.nextToken() != JsonToken.END_OBJECT) {
                    String key = p.currentName();
                    p.nextToken();
                    m.put(key, value(p));
                }
                return m;
            }
            case START_ARRAY -> {
                List<Object> l = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    l.add(value(p));
                }
                return l;
            }
            case VALUE_STRING -> {
                return p.getText();
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return p.getDoubleValue();
            }
            case VALUE_TRUE -> {
                return Boolean.TRUE;
            }
            case VALUE_FALSE -> {
                return Boolean.FALSE;
            }
            default -> {
                return null;
            }
        }
    }

    /** A record's mapping function that may refuse the object. */
    private interface Reader<T> {
        T read(Obj o) throws VerdictFormatException;
    }

    /** A JSON object with typed getters whose errors name the field. */
    private record Obj(Map<?, ?> map, String where) {
        static Obj of(Object o, String where) throws VerdictFormatException {
            if (!(o instanceof Map<?, ?> m)) {
                throw new VerdictFormatException("not a verdict: " + where + " is not a JSON object");
            }
            return new Obj(m, where);
        }

        boolean has(String key) {
            return map.get(key) != null;
        }

        private VerdictFormatException wrong(String key, String what) {
            return new VerdictFormatException("not a verdict: " + where + "." + key + " = " + map.get(key)
                    + " is not " + what);
        }

        String text(String key) throws VerdictFormatException {
            Object o = map.get(key);
            if (o != null && !(o instanceof String)) {
                throw wrong(key, "a string");
            }
            return (String) o;
        }

        double number(String key) throws VerdictFormatException {
            if (!map.containsKey(key)) {
                return 0.0;
            }
            if (!(map.get(key) instanceof Double d)) {
                throw wrong(key, "a number");
            }
            return d;
        }

        int integer(String key) throws VerdictFormatException {
            double d = number(key);
            if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
                throw wrong(key, "an integer");
            }
            return (int) d;
        }

        boolean bool(String key) throws VerdictFormatException {
            Object o = map.get(key);
            if (o == null && !map.containsKey(key)) {
                return false;
            }
            if (!(o instanceof Boolean b)) {
                throw wrong(key, "true or false");
            }
            return b;
        }

        Obj obj(String key) throws VerdictFormatException {
            return Obj.of(map.get(key), where + "." + key);
        }

        List<?> array(String key) throws VerdictFormatException {
            Object o = map.get(key);
            if (o == null) {
                return List.of();
            }
            if (!(o instanceof List<?> l)) {
                throw wrong(key, "a list");
            }
            return l;
        }

        List<String> texts(String key) throws VerdictFormatException {
            List<String> out = new ArrayList<>();
            for (Object o : array(key)) {
                if (!(o instanceof String s)) {
                    throw wrong(key, "a list of strings");
                }
                out.add(s);
            }
            return out;
        }

        <T> List<T> list(String key, Reader<T> reader) throws VerdictFormatException {
            List<?> items = array(key);
            List<T> out = new ArrayList<>(items.size());
            for (int i = 0; i < items.size(); i++) {
                out.add(reader.read(Obj.of(items.get(i), where.equals("the file") ? key + "[" + i + "]"
                        : where + "." + key + "[" + i + "]")));
            }
            return out;
        }
    }
}
