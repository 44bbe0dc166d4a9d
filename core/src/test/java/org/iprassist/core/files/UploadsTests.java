package org.iprassist.core.files;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.iprassist.core.web.BadRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class UploadsTests {

	private static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	private final Uploads uploads = new Uploads(1024);

	@Test
	void theContentDecidesNotTheName() {
		CheckedFile file = this.uploads.check("证据.txt", PDF, AllowedType.DOCUMENTS);
		assertThat(file.type()).isEqualTo(AllowedType.PDF);
		assertThat(file.sha256()).hasSize(64);
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> this.uploads.check("photo.png", "MZ\u0090\u0000binary".getBytes(StandardCharsets.ISO_8859_1),
					AllowedType.IMAGES))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("upload.type-forbidden"));
	}

	@Test
	void oversizedAndEmptyFilesAreRefused() {
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> this.uploads.check("big.pdf", new byte[2048], AllowedType.DOCUMENTS))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("upload.too-large"));
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> this.uploads.check("empty.pdf", new byte[0], AllowedType.DOCUMENTS))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("upload.empty"));
	}

	@Test
	void pathsAreStrippedFromNames() {
		assertThat(this.uploads.check("../../etc/报告.pdf", PDF, AllowedType.DOCUMENTS).fileName()).isEqualTo("报告.pdf");
	}

	@Test
	void aWorkbookRoundTripsThroughExcel() {
		byte[] book = Spreadsheets.write("专家", List.of("姓名", "单位"), List.of(List.of("张三", "广西大学"), List.of("李四", 3)));
		CheckedFile checked = new Uploads(1 << 20).check("experts.xlsx", book, java.util.Set.of(AllowedType.XLSX));
		assertThat(checked.type()).isEqualTo(AllowedType.XLSX);
		assertThat(Spreadsheets.read(book)).containsExactly(List.of("张三", "广西大学"), List.of("李四", "3"));
	}
}
