package ballflight.cli.chart;

import ballflight.model.InputException;

/** A picture's size in pixels (SVG: user units), parsed from {@code WIDTHxHEIGHT}. */
public record ChartSize(int widthPx, int heightPx) {
    public static final int MIN_PX = 200;
    public static final int MAX_PX = 8000;
    public static final ChartSize DEFAULT = new ChartSize(1000, 700);

    public ChartSize {
        if (widthPx < MIN_PX || widthPx > MAX_PX || heightPx < MIN_PX || heightPx > MAX_PX) {
            throw new InputException("plot_size", "plot_size = " + widthPx + "x" + heightPx
                    + " is out of range: allowed " + MIN_PX + " to " + MAX_PX + " pixels each way");
        }
    }

    /** {@code 1200x800}; errors name {@code option}. */
    public static ChartSize parse(String text, String option) {
        String[] parts = text.trim().toLowerCase(java.util.Locale.ROOT).split("x", -1);
        try {
            if (parts.length == 2) {
                return new ChartSize(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        } catch (InputException e) {
            throw new InputException("plot_size", option + ": " + e.getMessage());
        }
        throw new InputException("plot_size", option + ": plot_size = '" + text + "' is not WIDTHxHEIGHT in pixels, e.g. 1000x700");
    }
}
