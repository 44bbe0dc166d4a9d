package org.iprassist.core.files;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of file the product accepts, by sniffed media type. Modules name the kinds a given
 * upload may be; anything else is refused, whatever the file is called.
 */
public enum AllowedType {

	PDF("application/pdf"), PNG("image/png"), JPEG("image/jpeg"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
	TEXT("text/plain");

	/** Evidence and supporting files: documents and pictures. */
	public static final Set<AllowedType> DOCUMENTS = EnumSet.of(PDF, PNG, JPEG, DOCX, TEXT);

	/** Pictures only (seals, photos). */
	public static final Set<AllowedType> IMAGES = EnumSet.of(PNG, JPEG);

	private final String mediaType;

	AllowedType(String mediaType) {
		this.mediaType = mediaType;
	}

	public String mediaType() {
		return this.mediaType;
	}

	static Optional<AllowedType> of(String mediaType) {
		for (AllowedType type : values()) {
			if (type.mediaType.equals(mediaType)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}
}
