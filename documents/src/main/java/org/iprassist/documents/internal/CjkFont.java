package org.iprassist.documents.internal;

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

	private Font drawing;

	CjkFont(@Value("${ipr.documents.cjk-font:/usr/share/fonts/truetype/wqy/wqy-microhei.ttc}") String path) {
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
	 * @return the face's family name, by which OFD documents name the font they are set in
	 */
	String familyName() {
		return awtFont(12).getFamily(java.util.Locale.ROOT);
	}

	/**
	 * The same face for drawing (the seal image). It never falls back to a logical font: those have
	 * no CJK glyphs here and drew the seal's text as empty boxes, and a seal image is drawn once and
	 * kept.
	 * @throws UncheckedIOException when the font file cannot be read
	 */
	synchronized Font awtFont(float size) {
		if (drawing == null) {
			try {
				drawing = Font.createFonts(file)[0];
			}
			catch (IOException | FontFormatException ex) {
				throw new UncheckedIOException("The CJK font " + file + " cannot be read",
						ex instanceof IOException io ? io : new IOException(ex));
			}
		}
		return drawing.deriveFont(Font.BOLD, size);
	}
}
