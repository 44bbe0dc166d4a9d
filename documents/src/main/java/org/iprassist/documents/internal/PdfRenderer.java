package org.iprassist.documents.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Renders a document template (any module's, well-formed XHTML) to PDF with
 * openhtmltopdf, in the CJK font, with images passed as data URIs.
 */
@Component
class PdfRenderer {

	private final ITemplateEngine templates;

	private final CjkFont font;

	PdfRenderer(ITemplateEngine templates, CjkFont font) {
		this.templates = templates;
		this.font = font;
	}

	/**
	 * One document at a time: the parsed font face is shared and read again when the subset is
	 * embedded on saving.
	 */
	byte[] render(String template, Map<String, Object> variables) {
		return pdf(html(template, variables));
	}

	/**
	 * @return the template rendered to XHTML, which the PDF and the OFD are both made from
	 */
	String html(String template, Map<String, Object> variables) {
		Context context = new Context(Locale.SIMPLIFIED_CHINESE, variables);
		context.setVariable("fontFamily", CjkFont.FAMILY);
		return templates.process(template, context);
	}

	synchronized byte[] pdf(String html) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.usePDDocument(document);
			builder.useFont(new PDFontSupplier(font.loadInto(document)), CjkFont.FAMILY);
			builder.withHtmlContent(html, null);
			builder.withProducer("IPR Assist");
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The document could not be rendered", ex);
		}
	}
}
