package iprassist.appsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renders an issued PDF's first page to a PNG next to the browser screenshots with {@code pdftoppm}
 * (Debian {@code poppler-utils}), so that a person looks at the document as the recipient sees
 * it: seal, layout and Chinese glyphs, which text extraction cannot judge.
 */
public final class PdfPages {

	private static final Path PDFTOPPM = Path.of("/usr/bin/pdftoppm");

	private PdfPages() {
	}

	/**
	 * Saves the PDF as {@code <name>.pdf} and its first page as {@code <name>-page1.png} in
	 * {@link BrowserSession#SCREENSHOTS}.
	 * @return the saved PDF file
	 */
	public static Path saveWithFirstPage(byte[] pdf, String name) throws IOException, InterruptedException {
		assertThat(PDFTOPPM).as("apt-get install -y poppler-utils").isExecutable();
		Files.createDirectories(BrowserSession.SCREENSHOTS);
		Path pdfFile = Files.write(BrowserSession.SCREENSHOTS.resolve(name + ".pdf"), pdf);
		Path prefix = BrowserSession.SCREENSHOTS.resolve(name + "-page1");
		Process process = new ProcessBuilder(PDFTOPPM.toString(), "-png", "-r", "80", "-f", "1", "-l", "1",
				"-singlefile", pdfFile.toString(), prefix.toString())
			.redirectErrorStream(true)
			.start();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(new String(process.getInputStream().readAllBytes())).isZero();
		assertThat(Path.of(prefix + ".png")).isNotEmptyFile();
		return pdfFile;
	}
}
