package org.iprassist.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * The seal's ring text and purpose line are set in the CJK font: every character maps to a real
 * glyph of that font, never to its missing-glyph box, and the drawn seal differs from one drawn
 * with a name of missing glyphs only.
 */
class SealImagesTests {

	private static final String UNIT = "中国（广西）知识产权维权援助中心南宁分中心";

	private final CjkFont font = new CjkFont("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

	@Test
	void theSealsTextMapsToRealGlyphsOfTheCjkFont() {
		for (String text : new String[] { UNIT, UnitSealManagement.SEAL_PURPOSE }) {
			Font face = font.awtFont(30f);
			assertThat(face.getFamily()).isEqualTo("WenQuanYi Micro Hei");
			assertThat(face.canDisplayUpTo(text)).as(text).isEqualTo(-1);
			GlyphVector glyphs = face.createGlyphVector(new FontRenderContext(null, true, true), text);
			assertThat(IntStream.range(0, glyphs.getNumGlyphs()).map(glyphs::getGlyphCode))
				.as(text)
				.doesNotContain(face.getMissingGlyphCode());
		}
	}

	@Test
	void aDrawnSealShowsItsText() {
		SealImages images = new SealImages(font);
		assertThat(images.defaultSeal(UNIT, UnitSealManagement.SEAL_PURPOSE))
			.isNotEqualTo(images.defaultSeal("\uE000\uE001\uE002\uE003", UnitSealManagement.SEAL_PURPOSE));
	}
}
