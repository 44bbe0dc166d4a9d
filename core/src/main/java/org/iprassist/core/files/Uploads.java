package org.iprassist.core.files;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.tika.Tika;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.multipart.MultipartFile;

import org.iprassist.core.web.BadRequestException;

/**
 * The one gate every uploaded file passes: refused when empty, larger than
 * {@code ipr.uploads.max-size} (10 MB by default) or when its content, sniffed by Apache Tika from
 * its bytes, is not one of the kinds the caller allows. The file name only ever serves as a label.
 */
@Component
public class Uploads {

	private static final int MAX_NAME_LENGTH = 200;

	private static final Set<String> OOXML_CONTAINERS = Set.of("application/x-tika-ooxml", "application/zip");

	private final Tika tika = new Tika();

	private final long maxSize;

	Uploads(@Value("${ipr.uploads.max-size:10485760}") long maxSize) {
		this.maxSize = maxSize;
	}

	public long maxSize() {
		return this.maxSize;
	}

	public CheckedFile check(MultipartFile file, Set<AllowedType> allowed) {
		if (file == null || file.isEmpty()) {
			throw new BadRequestException("upload.empty");
		}
		try (InputStream in = file.getInputStream()) {
			return check(file.getOriginalFilename(), in.readNBytes((int) Math.min(this.maxSize + 1, Integer.MAX_VALUE)),
					allowed);
		}
		catch (IOException ex) {
			throw new BadRequestException("upload.unreadable");
		}
	}

	public CheckedFile check(String originalName, byte[] content, Set<AllowedType> allowed) {
		if (content.length == 0) {
			throw new BadRequestException("upload.empty");
		}
		if (content.length > this.maxSize) {
			throw new BadRequestException("upload.too-large", this.maxSize / (1024 * 1024));
		}
		String sniffed = sniff(content, originalName);
		AllowedType type = AllowedType.of(sniffed)
			.filter(allowed::contains)
			.orElseThrow(() -> new BadRequestException("upload.type-forbidden", sniffed, allowed.stream()
				.map(AllowedType::name)
				.collect(Collectors.joining(", "))));
		return new CheckedFile(cleanName(originalName, type), type, content, CheckedFile.sha256Of(content));
	}

	/**
	 * Content decides; the name only tells apart the Office formats, which share one zip container
	 * that Tika's core detector recognises but does not open.
	 */
	private String sniff(byte[] content, String originalName) {
		String byContent = this.tika.detect(content);
		if (OOXML_CONTAINERS.contains(byContent) && originalName != null) {
			String byName = this.tika.detect(content, originalName);
			return byName.startsWith("application/vnd.openxmlformats-officedocument.") ? byName : byContent;
		}
		return byContent;
	}

	private static String cleanName(String originalName, AllowedType type) {
		String name = StringUtils.getFilename(StringUtils.cleanPath(originalName == null ? "" : originalName));
		name = name == null ? "" : name.replaceAll("[\\p{Cntrl}\"\\\\/]", "_").strip();
		if (name.isEmpty()) {
			name = "file." + type.name().toLowerCase(java.util.Locale.ROOT);
		}
		return name.length() > MAX_NAME_LENGTH ? name.substring(name.length() - MAX_NAME_LENGTH) : name;
	}
}
