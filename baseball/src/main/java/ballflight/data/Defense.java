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

    static boolean isInfield(String position) {
        return switch (position) {
            case "1B", "2B", "3B", "SS", "P" -> true;
            default -> false;
        };
    }
}
