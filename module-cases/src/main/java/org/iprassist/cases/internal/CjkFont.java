package org.iprassist.cases.internal;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Chinese font documents are set in: WenQuanYi Micro Hei from Debian's {@code fonts-wqy-microhei}
 * by default. It ships as a TrueType collection (.ttc), which openhtmltopdf cannot register by file,
 * so the collection's first face is loaded with FontBox once (parsing it per document cost time and
 * a file handle) and handed to the renderer as a ready PDF font, subset-embedded into each document.
 */
@Component
class CjkFont {

	static final String FAMILY = "IprCjk";

	private final File file;

	private TrueTypeFont face;

	CjkFont(@Value("${ipr.cases.cjk-font:/usr/share/fonts/truetype/wqy/wqy-microhei.ttc}") String path) {
		this.file = new File(path);
	}

	/**
	 * @return the font for one document, subset-embedded when the document is saved. The face is
	 * parsed once and shared, so callers must not use it from two documents at the same time
	 * ({@link PdfRenderer} renders one document at a time).
	 */
	PDType0Font loadInto(PDDocument document) {
		try {
			return PDType0Font.load(document, face(), true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The CJK font " + file + " cannot be read", ex);
		}
	}

	private synchronized TrueTypeFont face() throws IOException {
		if (face == null) {
			if (file.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")) {
				TrueTypeFont[] first = new TrueTypeFont[1];
				new TrueTypeCollection(file).processAllFonts(font -> {
					if (first[0] == null) {
						first[0] = font;
					}
				});
				face = first[0];
			}
			else {
				face = new TTFParser().parse(new RandomAccessReadBufferedFile(file));
			}
		}
		return face;
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
