package ballflight.cli;

import ballflight.model.PathPoint;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.stream.Collectors;

/** How {@code fly} prints one {@link FlightReport}. */
enum OutputFormat {
    /** An aligned block for people, with units; the path as a small table. */
    TEXT {
        @Override
        void write(FlightReport report, PrintWriter out) {
            int width = report.fields().stream().mapToInt(f -> f.label().length()).max().orElse(0) + 2;
            for (FlightReport.Field f : report.fields()) {
                out.println(String.format(java.util.Locale.ROOT, "%-" + width + "s%10s %s",
                        f.label(), f.text(), f.unit()).stripTrailing());
            }
            if (!report.path().isEmpty()) {
                out.println();
                out.println(String.format(java.util.Locale.ROOT, "%8s %9s %9s %9s", "t s", "x ft", "y ft", "z ft"));
                for (PathPoint p : report.path()) {
                    out.println(String.format(java.util.Locale.ROOT, "%8s %9s %9s %9s", Numbers.fixed(p.timeS(), 3),
                            Numbers.fixed(p.xFt(), 1), Numbers.fixed(p.yFt(), 1), Numbers.fixed(p.zFt(), 1)));
                }
            }
        }
    },
    /** A header line and one row; not-applicable values are empty cells. The path is not included. */
    CSV {
        @Override
        void write(FlightReport report, PrintWriter out) {
            out.println(report.fields().stream().map(FlightReport.Field::key).collect(Collectors.joining(",")));
            out.println(report.fields().stream().map(f -> {
                Object v = f.machineValue();
                return v == null ? "" : v.toString();
            }).collect(Collectors.joining(",")));
        }
    },
    /** One object, snake_case keys, numbers as numbers, null when not applicable, plus {@code path}. */
    JSON {
        @Override
        void write(FlightReport report, PrintWriter out) {
            try {
                out.println(MAPPER.writeValueAsString(report.toMap()));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot serialise a map of numbers", e);
            }
        }
    };

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    abstract void write(FlightReport report, PrintWriter out);
}
