package ballflight.cli.chart;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;

/** Reads back a chart file the way an image viewer would: its format and size, or an error. */
public final class Pictures {
    private Pictures() {
    }

    /** {width, height} of a PNG that ImageIO decodes in full. */
    public static int[] pngSize(Path file) throws IOException {
        byte[] head = new byte[8];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.read(head) != 8 || (head[0] & 0xFF) != 0x89 || head[1] != 'P' || head[2] != 'N' || head[3] != 'G') {
                throw new IOException(file + " does not start with the PNG signature");
            }
        }
        BufferedImage image = ImageIO.read(file.toFile());
        if (image == null) {
            throw new IOException(file + " is not a decodable PNG");
        }
        return new int[] {image.getWidth(), image.getHeight()};
    }

    /** {width, height} of the root {@code svg} element of a well-formed SVG document. */
    public static double[] svgSize(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        // VectorGraphics2D writes the SVG 1.1 DOCTYPE; do not fetch it.
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Element root = f.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
        if (!root.getLocalName().equals("svg") || !"http://www.w3.org/2000/svg".equals(root.getNamespaceURI())) {
            throw new IOException(file + ": root element is " + root.getTagName() + ", not svg");
        }
        return new double[] {length(root.getAttribute("width")), length(root.getAttribute("height"))};
    }

    /** "1000" or "1000px" as a number (any other unit fails the parse). */
    private static double length(String attribute) {
        String a = attribute.trim();
        return Double.parseDouble(a.endsWith("px") ? a.substring(0, a.length() - 2) : a);
    }
}
