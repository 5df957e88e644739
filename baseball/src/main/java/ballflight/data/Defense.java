package ballflight.data;

import java.util.List;

/** The fielders in play for a batted ball (pitcher and seven position players; the catcher fields nothing). */
public record Defense(List<Fielder> fielders) {
    public Defense {
        fielders = List.copyOf(fielders);
    }

    public List<Fielder> infielders() {
        return fielders.stream().filter(f -> isInfield(f.spot().position())).toList();
    }

    public List<Fielder> outfielders() {
        return fielders.stream().filter(f -> !isInfield(f.spot().position())).toList();
    }

    /** The fielder of {@code fielders} whose starting spot is nearest to (x, y), ft. */
    public static Fielder nearest(List<Fielder> fielders, double xFt, double yFt) {
        Fielder best = null;
        double bestD = Double.POSITIVE_INFINITY;
        for (Fielder f : fielders) {
            double d = Math.hypot(xFt - f.spot().xFt(), yFt - f.spot().yFt());
            if (d < bestD) {
                bestD = d;
                best = f;
            }
        }
        if (best == null) {
            throw new IllegalStateException("no fielder to field the ball");
        }
        return best;
    }

    static boolean isInfield(String position) {
        return switch (position) {
            case "1B", "2B", "3B", "SS", "P" -> true;
            default -> false;
        };
    }
}
