package ballflight.data;

import java.util.List;

/**
 * A park's outfield wall height by spray angle: the listed sections at their own height, the rest
 * of the wall at the height that keeps the park's published average (Savant's average over the
 * fence line, taken here as an average over spray angle from -45 to +45 degrees), so a park with a
 * landmark wall keeps the average the data gives and the landmark stands where it is.
 *
 * @param averageFt the published average height
 * @param sections the stretches with their own height (none: the same height all the way round)
 */
public record Wall(double averageFt, List<WallSection> sections) {
    /** No MLB outfield wall is lower than this; the "rest of the wall" never goes below it. */
    static final double LOWEST_WALL_FT = 3.0;
    private static final double FENCE_LINE_DEG = 90.0;

    public Wall {
        sections = List.copyOf(sections);
        double covered = sections.stream().mapToDouble(WallSection::widthDeg).sum();
        if (covered > FENCE_LINE_DEG + 1e-9) {
            throw new IllegalArgumentException("wall sections cover " + covered + " degrees; the fence line has 90");
        }
    }

    /** The same height all the way round. */
    public static Wall uniform(double heightFt) {
        return new Wall(heightFt, List.of());
    }

    /** The height of the wall away from the listed sections. */
    public double restFt() {
        double covered = 0.0;
        double coveredHeight = 0.0;
        for (WallSection s : sections) {
            covered += s.widthDeg();
            coveredHeight += s.widthDeg() * s.heightFt();
        }
        if (covered >= FENCE_LINE_DEG - 1e-9) {
            return averageFt;
        }
        return Math.max(LOWEST_WALL_FT, (averageFt * FENCE_LINE_DEG - coveredHeight) / (FENCE_LINE_DEG - covered));
    }

    /** The wall height where a ball crosses the fence line at this spray angle (clamped to the foul lines). */
    public double heightFt(double sprayDeg) {
        double s = Math.max(-45.0, Math.min(45.0, sprayDeg));
        for (WallSection w : sections) {
            if (w.covers(s) || (s == 45.0 && w.toSprayDeg() == 45.0)) {
                return w.heightFt();
            }
        }
        return restFt();
    }
}
