package org.iprassist.documents.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.springframework.stereotype.Component;

/**
 * Draws a unit's default seal: a red ring, the unit's name along the upper arc, a five-pointed star
 * and the purpose line, on a transparent background. A unit admin may replace it with a scan of
 * the real seal.
 */
@Component
class SealImages {

	/**
	 * The version of the drawing: default seals drawn by an older one are drawn again by the
	 * start-up backfill (version 1 set the text in the CJK font, where 0 could print empty boxes).
	 */
	static final int DRAWING = 1;

	private static final int SIZE = 400;

	private static final Color SEAL_RED = new Color(0xD0, 0x10, 0x10);

	private final CjkFont font;

	SealImages(CjkFont font) {
		this.font = font;
	}

	byte[] defaultSeal(String unitName, String purpose) {
		BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setColor(SEAL_RED);
			g.setStroke(new BasicStroke(12f));
			g.drawOval(10, 10, SIZE - 20, SIZE - 20);
			g.fill(star(SIZE / 2.0, SIZE / 2.0, 58, 23));
			drawArc(g, unitName);
			Font small = font.awtFont(30f);
			g.setFont(small);
			int width = g.getFontMetrics().stringWidth(purpose);
			g.drawString(purpose, (SIZE - width) / 2, 300);
		}
		finally {
			g.dispose();
		}
		return png(image);
	}

	private void drawArc(Graphics2D g, String text) {
		int count = Math.max(text.length(), 1);
		float size = count > 16 ? 26f : 36f;
		g.setFont(font.awtFont(size));
		double span = Math.toRadians(Math.min(250, 20 + count * 17.0));
		double radius = SIZE / 2.0 - 60;
		AffineTransform original = g.getTransform();
		for (int i = 0; i < text.length(); i++) {
			double angle = -span / 2 + span * (i + 0.5) / count;
			AffineTransform at = new AffineTransform(original);
			at.translate(SIZE / 2.0, SIZE / 2.0);
			at.rotate(angle);
			at.translate(0, -radius);
			g.setTransform(at);
			String glyph = String.valueOf(text.charAt(i));
			int w = g.getFontMetrics().stringWidth(glyph);
			g.drawString(glyph, -w / 2, (int) (size / 2.5));
		}
		g.setTransform(original);
	}

	private static Path2D star(double cx, double cy, double outer, double inner) {
		Path2D path = new Path2D.Double();
		for (int i = 0; i < 10; i++) {
			double r = i % 2 == 0 ? outer : inner;
			double a = -Math.PI / 2 + i * Math.PI / 5;
			double x = cx + r * Math.cos(a);
			double y = cy + r * Math.sin(a);
			if (i == 0) {
				path.moveTo(x, y);
			}
			else {
				path.lineTo(x, y);
			}
		}
		path.closePath();
		return path;
	}

	static byte[] png(BufferedImage image) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
