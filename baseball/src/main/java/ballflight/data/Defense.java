package ballflight.data;

import java.util.List;

/**
 * The fielding side: the fielders in play for a batted ball (pitcher and seven position players; the
 * catcher fields nothing) and the catcher's framing.
 *
 * @param framingStrikesPerOut called strikes the catcher gains per out over an average one ({@link Framing})
 */
public record Defense(List<Fielder> fielders, double framingStrikesPerOut) {
    public Defense {
        fielders = List.copyOf(fielders);
    }

    /** With an average catcher. */
    public Defense(List<Fielder> fielders) {
        this(fielders, 0.0);
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
