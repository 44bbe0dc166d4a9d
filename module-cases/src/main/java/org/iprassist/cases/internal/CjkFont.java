package org.iprassist.cases.internal;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Chinese font documents are set in: WenQuanYi Micro Hei from Debian's {@code fonts-wqy-microhei}
 * by default. It ships as a TrueType collection (.ttc), which openhtmltopdf cannot register by file,
 * so the collection's first face is loaded with FontBox and handed to the renderer as a ready PDF
 * font, subset-embedded into each document.
 */
@Component
class CjkFont {

	static final String FAMILY = "IprCjk";

	private final File file;

	CjkFont(@Value("${ipr.cases.cjk-font:/usr/share/fonts/truetype/wqy/wqy-microhei.ttc}") String path) {
		this.file = new File(path);
	}

	/**
	 * @return the font loaded for one document; the collection is closed with the document
	 */
	PDType0Font loadInto(PDDocument document) {
		try {
			if (file.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")) {
				TrueTypeCollection collection = new TrueTypeCollection(file);
				TrueTypeFont[] first = new TrueTypeFont[1];
				collection.processAllFonts(font -> {
					if (first[0] == null) {
						first[0] = font;
					}
				});
				return PDType0Font.load(document, first[0], true);
			}
			return PDType0Font.load(document, file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The CJK font " + file + " cannot be read", ex);
		}
	}

	/**
	 * @return the font for drawing (the seal image), or a logical font when the file is missing
	 */
	Font awtFont(float size) {
		try {
			Font[] fonts = Font.createFonts(file);
			return fonts[0].deriveFont(Font.BOLD, size);
		}
		catch (IOException | FontFormatException ex) {
			return new Font(Font.SERIF, Font.BOLD, Math.round(size));
		}
	}
}
