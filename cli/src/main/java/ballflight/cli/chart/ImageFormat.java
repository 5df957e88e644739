package ballflight.cli.chart;

import ballflight.model.InputException;
import java.nio.file.Path;
import java.util.Locale;

/** The picture formats a chart file can have, chosen by the file's extension. */
public enum ImageFormat {
    PNG, SVG;

    /** The format {@code file} names; anything else is bad input naming {@code option}. */
    public static ImageFormat of(Path file, String option) {
        Path name = file.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".png")) {
            return PNG;
        }
        if (lower.endsWith(".svg")) {
            return SVG;
        }
        throw new InputException("plot", option + ": '" + file + "' must end in .png or .svg (the picture format)");
    }
}
