package ballflight.cli.chart;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Paints one or more charts stacked top to bottom (equal heights) into one PNG or SVG. The charts
 * paint themselves on a {@link Graphics2D}: a bitmap for PNG, VectorGraphics2D's recorder for SVG.
 */
public final class ChartImage {
    private ChartImage() {
    }

    public static void write(List<? extends Chart<?, ?>> panels, ChartSize size, ImageFormat format, OutputStream out)
            throws IOException {
        if (panels.isEmpty()) {
            throw new IllegalArgumentException("no chart to draw");
        }
        if (format == ImageFormat.PNG) {
            BufferedImage image = new BufferedImage(size.widthPx(), size.heightPx(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            paint(panels, size, g);
            g.dispose();
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer in this JDK");
            }
        } else {
            VectorGraphics2D g = new VectorGraphics2D();
            paint(panels, size, g);
            new SVGProcessor().getDocument(g.getCommands(), new PageSize(0, 0, size.widthPx(), size.heightPx())).writeTo(out);
        }
        out.flush();
    }

    private static void paint(List<? extends Chart<?, ?>> panels, ChartSize size, Graphics2D g) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, size.widthPx(), size.heightPx());
        int top = 0;
        for (int i = 0; i < panels.size(); i++) {
            int bottom = size.heightPx() * (i + 1) / panels.size();
            Graphics2D panel = (Graphics2D) g.create();
            panel.translate(0, top);
            panel.clipRect(0, 0, size.widthPx(), bottom - top);
            panels.get(i).paint(panel, size.widthPx(), bottom - top);
            panel.dispose();
            top = bottom;
        }
    }
}
