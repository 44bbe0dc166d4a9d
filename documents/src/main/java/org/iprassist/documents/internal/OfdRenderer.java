package org.iprassist.documents.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.ofdrw.font.Font;
import org.ofdrw.layout.OFDDoc;
import org.ofdrw.layout.PageLayout;
import org.ofdrw.layout.VirtualPage;
import org.ofdrw.layout.element.Div;
import org.ofdrw.layout.element.Img;
import org.ofdrw.layout.element.Paragraph;
import org.ofdrw.layout.element.Position;
import org.ofdrw.layout.element.TextAlign;
import org.springframework.stereotype.Component;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Lays the same XHTML the PDF is rendered from out as an OFD (GB/T 33190) on A4, so both files
 * of a document say the same thing. ofdrw-layout has no HTML engine, so this reads the few
 * structures document templates use — headings, the number line, paragraphs (indented unless
 * {@code plain}), field and claim tables, the signing block and the verification block — and
 * places each as an absolutely positioned block, moving to a new page when one does not fit.
 * Placing blocks itself is what tells it where the signing block landed, which is where the
 * electronic seal is stamped. The text is set in the CJK font's family by name.
 */
@Component
class OfdRenderer {

	private static final double PT = 25.4 / 72;

	private static final double PAGE_WIDTH = 210;

	private static final double PAGE_HEIGHT = 297;

	private static final double MARGIN_X = 20;

	private static final double MARGIN_Y = 22;

	private static final double CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X;

	private static final double BODY = 12 * PT;

	static final double SEAL_SIZE = 42;

	private final CjkFont cjkFont;

	private Font font;

	OfdRenderer(CjkFont cjkFont) {
		this.cjkFont = cjkFont;
	}

	private synchronized Font font() {
		if (font == null) {
			String family = cjkFont.familyName();
			font = new Font(family, family);
		}
		return font;
	}

	/**
	 * @param xhtml a rendered document template
	 * @return the OFD and where its seal belongs
	 */
	Rendered render(String xhtml) {
		Path images = null;
		try {
			images = Files.createTempDirectory("ipr-ofd");
			Layout layout = new Layout(images, font());
			Element body = (Element) parse(xhtml).getElementsByTagName("body").item(0);
			layout.blocks(body);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			try (OFDDoc doc = new OFDDoc(out)) {
				for (VirtualPage page : layout.pages) {
					doc.addVPage(page);
				}
			}
			return new Rendered(out.toByteArray(), layout.stamp);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The OFD could not be laid out", ex);
		}
		finally {
			delete(images);
		}
	}

	private static org.w3c.dom.Document parse(String xhtml) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setExpandEntityReferences(false);
			return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml)));
		}
		catch (ParserConfigurationException | SAXException | IOException ex) {
			throw new IllegalStateException("A document template did not render well-formed XHTML", ex);
		}
	}

	private static void delete(Path directory) {
		if (directory == null) {
			return;
		}
		try (var files = Files.walk(directory)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException ex) {
			directory.toFile().deleteOnExit();
		}
	}

	/**
	 * An OFD laid out but not signed yet, and where on which page (1-based) the seal is stamped,
	 * in millimetres from the page's top left.
	 */
	record Rendered(byte[] ofd, StampPlace stamp) {
	}

	record StampPlace(int page, double x, double y, double size) {
	}

	private final class Layout {

		private final List<VirtualPage> pages = new ArrayList<>();

		private final Path images;

		private final Font font;

		private VirtualPage page;

		private double y;

		private StampPlace stamp;

		private Layout(Path images, Font font) {
			this.images = images;
			this.font = font;
			newPage();
		}

		private void newPage() {
			PageLayout a4 = PageLayout.A4();
			page = new VirtualPage(a4);
			pages.add(page);
			y = MARGIN_Y;
		}

		private void blocks(Element parent) throws IOException {
			for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
				if (node instanceof Element element) {
					block(element);
				}
			}
		}

		private void block(Element element) throws IOException {
			String tag = element.getTagName().toLowerCase(java.util.Locale.ROOT);
			String css = " " + element.getAttribute("class") + " ";
			switch (tag) {
				case "h1" -> text(element, 20 * PT, TextAlign.center, 0, 4);
				case "h2" -> text(element, 14 * PT, TextAlign.left, 0, 3);
				case "p" -> text(element, BODY, TextAlign.left, css.contains(" plain ") ? 0 : 2, 2);
				case "table" -> table(element);
				case "img", "style", "script" -> {
				}
				default -> {
					if (css.contains(" sign ")) {
						sign(element);
					}
					else if (css.contains(" verify ")) {
						verify(element);
					}
					else if (css.contains(" number ")) {
						text(element, 10.5 * PT, TextAlign.right, 0, 6);
					}
					else if (hasElementChildren(element)) {
						blocks(element);
					}
					else {
						text(element, BODY, TextAlign.left, 0, 2);
					}
				}
			}
		}

		private void text(Element element, double size, TextAlign align, int indent, double after) {
			String content = element.getTextContent().strip();
			if (content.isEmpty()) {
				return;
			}
			Paragraph paragraph = paragraph(content, size, align, indent);
			paragraph.setWidth(CONTENT_WIDTH);
			place(paragraph, MARGIN_X, CONTENT_WIDTH, after);
		}

		private Paragraph paragraph(String content, double size, TextAlign align, int indent) {
			Paragraph paragraph = new Paragraph(content, size, font);
			paragraph.setLineSpace(size * 0.7);
			paragraph.setTextAlign(align);
			if (indent > 0) {
				paragraph.setFirstLineIndent(indent);
			}
			return paragraph;
		}

		private void place(Div<?> block, double x, double width, double after) {
			double height = block.doPrepare(width).getHeight();
			if (y + height > PAGE_HEIGHT - MARGIN_Y && y > MARGIN_Y) {
				newPage();
			}
			block.setPosition(Position.Absolute).setX(x).setY(y);
			page.add(block);
			y += height + after;
		}

		private void table(Element table) {
			for (Element row : children(table, "tr")) {
				List<Element> cells = new ArrayList<>(children(row, "td"));
				cells.addAll(children(row, "th"));
				if (cells.isEmpty()) {
					continue;
				}
				boolean labelled = cells.size() == 2 && cells.get(0).getAttribute("class").contains("label");
				double[] widths = new double[cells.size()];
				for (int i = 0; i < widths.length; i++) {
					widths[i] = labelled ? CONTENT_WIDTH * (i == 0 ? 0.28 : 0.72) : CONTENT_WIDTH / widths.length;
				}
				List<Paragraph> paragraphs = new ArrayList<>();
				double height = 0;
				for (int i = 0; i < cells.size(); i++) {
					Paragraph cell = paragraph(cells.get(i).getTextContent().strip(), 11 * PT, TextAlign.left, 0);
					cell.setLineSpace(1d);
					cell.setPadding(2d, 3d, 2d, 3d).setBorder(0.25d);
					height = Math.max(height, cell.doPrepare(widths[i]).getHeight());
					paragraphs.add(cell);
				}
				if (y + height > PAGE_HEIGHT - MARGIN_Y) {
					newPage();
				}
				double x = MARGIN_X;
				for (int i = 0; i < paragraphs.size(); i++) {
					Paragraph cell = paragraphs.get(i);
					cell.setWidth(widths[i] - 6.5).setHeight(height - 4.5);
					cell.setPosition(Position.Absolute).setX(x).setY(y);
					page.add(cell);
					x += widths[i];
				}
				y += height;
			}
			y += 6;
		}

		private void sign(Element sign) {
			double height = 46;
			y += 14;
			if (y + height > PAGE_HEIGHT - MARGIN_Y) {
				newPage();
			}
			double right = MARGIN_X + CONTENT_WIDTH;
			double lineY = y + 8;
			for (Element who : descendantsWithClass(sign, "who")) {
				for (Element line : children(who, "div")) {
					Paragraph paragraph = paragraph(line.getTextContent().strip(), BODY, TextAlign.right, 0);
					paragraph.setWidth(90d);
					paragraph.setPosition(Position.Absolute).setX(right - 12 - 90).setY(lineY);
					page.add(paragraph);
					lineY += BODY * 1.7;
				}
			}
			stamp = new StampPlace(pages.size(), right - 8 - SEAL_SIZE, y - 8, SEAL_SIZE);
			y += height;
		}

		private void verify(Element verify) throws IOException {
			y += 10;
			double qrSize = 26;
			if (y + qrSize > PAGE_HEIGHT - MARGIN_Y) {
				newPage();
			}
			double top = y;
			for (Element img : children(verify, "img")) {
				String src = img.getAttribute("src");
				int comma = src.indexOf(',');
				if (src.startsWith("data:image/png;base64,") && comma > 0) {
					Path png = Files.createTempFile(images, "qr", ".png");
					Files.write(png, Base64.getDecoder().decode(src.substring(comma + 1)));
					Img qr = new Img(qrSize, qrSize, png);
					qr.setPosition(Position.Absolute).setX(MARGIN_X).setY(top);
					page.add(qr);
				}
			}
			double lineY = top;
			double x = MARGIN_X + qrSize + 4;
			for (Element line : children(verify, "div")) {
				Paragraph paragraph = paragraph(line.getTextContent().strip(), 9 * PT, TextAlign.left, 0);
				paragraph.setWidth(CONTENT_WIDTH - qrSize - 4);
				paragraph.setLineSpace(1d);
				double height = paragraph.doPrepare(CONTENT_WIDTH - qrSize - 4).getHeight();
				paragraph.setPosition(Position.Absolute).setX(x).setY(lineY);
				page.add(paragraph);
				lineY += height + 1;
			}
			y = Math.max(top + qrSize, lineY) + 2;
		}
	}

	private static boolean hasElementChildren(Element element) {
		for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element) {
				return true;
			}
		}
		return false;
	}

	private static List<Element> children(Element parent, String tag) {
		List<Element> found = new ArrayList<>();
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element) {
				if (element.getTagName().equalsIgnoreCase(tag)) {
					found.add(element);
				}
				else if (element.getTagName().equalsIgnoreCase("thead") || element.getTagName().equalsIgnoreCase("tbody")) {
					found.addAll(children(element, tag));
				}
			}
		}
		return found;
	}

	private static List<Element> descendantsWithClass(Element parent, String css) {
		List<Element> found = new ArrayList<>();
		var all = parent.getElementsByTagName("*");
		for (int i = 0; i < all.getLength(); i++) {
			Element element = (Element) all.item(i);
			if ((" " + element.getAttribute("class") + " ").contains(" " + css + " ")) {
				found.add(element);
			}
		}
		return found;
	}
}
