package ballflight.data;

/**
 * A stretch of outfield wall whose height differs from the park's average enough to matter
 * (Fenway's Green Monster, Houston's Crawford Boxes wall, ...). Sources in docs/DATA.md.
 *
 * @param fromSprayDeg where the section starts (spray angle, 0 = center, + toward right field)
 * @param toSprayDeg where it ends ({@code > fromSprayDeg})
 * @param heightFt wall height along the section
 * @param name what the section is called
 */
public record WallSection(double fromSprayDeg, double toSprayDeg, double heightFt, String name) {
    public WallSection {
        if (!(fromSprayDeg >= -45.0 && toSprayDeg <= 45.0 && toSprayDeg > fromSprayDeg)) {
            throw new IllegalArgumentException("wall section " + name + ": spray angles must satisfy -45 <= from < to <= 45, got "
                    + fromSprayDeg + " to " + toSprayDeg);
        }
        if (!(heightFt > 0.0 && heightFt <= 60.0)) {
            throw new IllegalArgumentException("wall section " + name + ": height_ft must be in (0, 60], got " + heightFt);
        }
    }

    /** Degrees of the fence line this section covers. */
    public double widthDeg() {
        return toSprayDeg - fromSprayDeg;
    }

    public boolean covers(double sprayDeg) {
        return sprayDeg >= fromSprayDeg && sprayDeg < toSprayDeg;
    }
}
