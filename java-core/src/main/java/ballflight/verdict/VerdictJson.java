package ballflight.verdict;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * The verdict file format: JSON with snake_case keys (see {@link Verdict}). Reading checks every
 * field a decision depends on, so a damaged file is refused with the reason instead of steering
 * {@code auto} wrongly.
 */
public final class VerdictJson {
    /** Only writing binds records; every auto run reads, and making a mapper costs ~30 ms of a cold start. */
    private static final class Writer {
        static final ObjectMapper MAPPER = new ObjectMapper()
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    private static final Set<String> MODES = Set.of("ACCURATE", "FAST", "ULTRA_FAST", "EXTREME");
    private static final Set<String> WORKLOADS = Set.of(Workload.BATCH, Workload.SINGLE_BATTED, Workload.SINGLE_PITCH);

    private VerdictJson() {
    }

    public static String write(Verdict v) {
        try {
            return Writer.MAPPER.writeValueAsString(v) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the verdict as JSON", e);
        }
    }

    public static void write(Verdict v, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        byte[] json = write(v).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ballflight.io.AtomicFiles.write(file, out -> out.write(json));
    }

    /** @throws VerdictFormatException if the JSON is malformed or a field is missing or out of range */
    public static Verdict read(InputStream in) throws IOException {
        Verdict v = VerdictReader.read(in);
        check(v);
        return v;
    }

    public static Verdict read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    private static void check(Verdict v) throws VerdictFormatException {
        if (v == null) {
            throw new VerdictFormatException("the file is empty");
        }
        if (v.schema() != Verdict.SCHEMA) {
            throw new VerdictFormatException("schema = " + v.schema() + " but this version reads schema " + Verdict.SCHEMA);
        }
        checkCold(v);
        if (v.workloads() == null || v.workloads().isEmpty()) {
            throw new VerdictFormatException("workloads is missing or empty");
        }
        for (int i = 0; i < v.workloads().size(); i++) {
            WorkloadVerdict w = v.workloads().get(i);
            String where = "workloads[" + i + "]";
            if (w == null || !WORKLOADS.contains(w.workload())) {
                throw new VerdictFormatException(where + ".workload must be one of " + WORKLOADS);
            }
            if (!MODES.contains(w.mode())) {
                throw new VerdictFormatException(where + ".mode = " + w.mode() + " is not one of " + MODES);
            }
            if (w.batchSize() < 1) {
                throw new VerdictFormatException(where + ".batch_size = " + w.batchSize() + " must be >= 1");
            }
            requireContender(where + ".winner", w.winner());
            requireContender(where + ".best_java", w.bestJava());
            if (Contenders.isNative(w.bestJava())) {
                throw new VerdictFormatException(where + ".best_java = " + w.bestJava() + " is not a Java contender");
            }
            if (w.ranking() == null || w.ranking().isEmpty()) {
                throw new VerdictFormatException(where + ".ranking is missing or empty");
            }
            for (int r = 0; r < w.ranking().size(); r++) {
                requireContender(where + ".ranking[" + r + "]", w.ranking().get(r));
            }
            if (!(w.ratio() > 0) || !(w.ratioError() >= 0)) {
                throw new VerdictFormatException(where + ": ratio " + w.ratio() + " and ratio_error "
                        + w.ratioError() + " must be positive");
            }
        }
    }

    private static void checkCold(Verdict v) throws VerdictFormatException {
        for (int i = 0; i < v.cold().size(); i++) {
            ColdVerdict c = v.cold().get(i);
            String where = "cold[" + i + "]";
            if (c == null || !MODES.contains(c.mode()) || c.flights() < 1) {
                throw new VerdictFormatException(where + " needs a mode of " + MODES + " and flights >= 1");
            }
            for (int r = 0; r < c.ranking().size(); r++) {
                requireContender(where + ".ranking[" + r + "]", c.ranking().get(r));
                if (!(c.seconds().get(r) > 0)) {
                    throw new VerdictFormatException(where + ".seconds[" + r + "] = " + c.seconds().get(r)
                            + " must be positive");
                }
            }
        }
    }

    private static void requireContender(String field, String value) throws VerdictFormatException {
        if (value == null) {
            throw new VerdictFormatException(field + " is missing");
        }
        try {
            Contenders.kernelOf(value);
        } catch (IllegalArgumentException e) {
            throw new VerdictFormatException(field + ": " + e.getMessage());
        }
    }
}
