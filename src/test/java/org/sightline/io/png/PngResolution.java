package org.sightline.io.png;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.w3c.dom.Node;

/** A PNG's resolution as ImageIO, an independent reader, finds it in the pHYs chunk. */
public final class PngResolution {

    private PngResolution() {
    }

    /** Dots per inch across, or NaN when the PNG records no resolution in metres. */
    public static double dotsPerInch(InputStream png) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(png)) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            ImageReader reader = readers.next();
            reader.setInput(in);
            IIOMetadata metadata = reader.getImageMetadata(0);
            Node root = metadata.getAsTree("javax_imageio_png_1.0");
            for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n.getNodeName().equals("pHYs")
                        && n.getAttributes().getNamedItem("unitSpecifier").getNodeValue().equals("meter")) {
                    return Integer.parseInt(n.getAttributes().getNamedItem("pixelsPerUnitXAxis").getNodeValue()) * 0.0254;
                }
            }
            reader.dispose();
            return Double.NaN;
        }
    }
}
