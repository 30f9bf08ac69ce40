package vn.bacson.khenthuong.signature;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * A drawn stand-in for the organisation's seal (red rings, the star, the body's name), used when no scanned seal
 * image is configured. It marks where the seal goes; it is not the real seal.
 */
final class SealImage {

    private static final Color SEAL_RED = new Color(200, 16, 46);

    private SealImage() {}

    static byte[] draw(List<String> lines) {
        int size = 300;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(SEAL_RED);
            g.setStroke(new BasicStroke(10));
            g.drawOval(8, 8, size - 16, size - 16);
            g.setStroke(new BasicStroke(4));
            g.drawOval(34, 34, size - 68, size - 68);
            g.fill(star(size / 2, 92, 34, 14));
            Font font = font().deriveFont(Font.BOLD, 21f);
            g.setFont(font);
            FontMetrics metrics = g.getFontMetrics();
            int y = 172;
            for (String line : lines) {
                String text = line.length() > 18 ? line.substring(0, 18) : line;
                g.drawString(text, (size - metrics.stringWidth(text)) / 2, y);
                y += metrics.getHeight();
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return png.toByteArray();
    }

    private static Polygon star(int cx, int cy, int outer, int inner) {
        Polygon star = new Polygon();
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? outer : inner;
            double angle = Math.PI / 5 * i - Math.PI / 2;
            star.addPoint((int) Math.round(cx + r * Math.cos(angle)), (int) Math.round(cy + r * Math.sin(angle)));
        }
        return star;
    }

    private static Font font() {
        try (InputStream in = SealImage.class.getResourceAsStream("/fonts/LiberationSerif-Bold.ttf")) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("The seal font is missing", e);
        }
    }
}
