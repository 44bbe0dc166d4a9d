package org.iprassist.core.security;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class LinkSignaturesTests {

	private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

	private final LinkSignatures signatures = new LinkSignatures(KEY, "unused");

	@Test
	void aSignatureVerifiesOnlyForItsOwnValueAndPurpose() {
		String signature = signatures.sign("opinion-pdf", "gx-centre|42|1800000000");
		assertThat(signature).matches("[0-9a-f]{64}");
		assertThat(signatures.verify("opinion-pdf", "gx-centre|42|1800000000", signature)).isTrue();
		assertThat(signatures.verify("opinion-pdf", "gx-centre|42|1800000001", signature)).isFalse();
		assertThat(signatures.verify("opinion-pdf", "GX-CENTRE|42|1800000000", signature))
			.as("the value is signed as it is, not normalised").isFalse();
		assertThat(signatures.verify("receipt", "gx-centre|42|1800000000", signature)).isFalse();
		assertThat(signatures.verify("opinion-pdf", "gx-centre|42|1800000000", signature.toUpperCase())).isFalse();
		assertThat(signatures.verify("opinion-pdf", "gx-centre|42|1800000000", null)).isFalse();
	}

	@Test
	void anotherKeyMakesAnotherSignature() {
		byte[] other = new byte[32];
		other[31] = 1;
		LinkSignatures rotated = new LinkSignatures(Base64.getEncoder().encodeToString(other), "unused");
		String signature = signatures.sign("opinion-pdf", "gx-centre|42|1800000000");
		assertThat(rotated.verify("opinion-pdf", "gx-centre|42|1800000000", signature)).isFalse();
	}

	@Test
	void withoutAConfiguredKeyAKeyFileOfItsOwnIsCreatedOnceAndReused(@TempDir Path folder) throws Exception {
		Path file = folder.resolve("keys/link-signing.key");
		String signature = new LinkSignatures("", file.toString()).sign("opinion-pdf", "v");
		assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).hasSize(32);
		assertThat(new LinkSignatures("", file.toString()).verify("opinion-pdf", "v", signature)).isTrue();
	}

	@Test
	void aKeyOfTheWrongLengthIsRefusedNamingItsProperty() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new LinkSignatures(Base64.getEncoder().encodeToString(new byte[16]), "unused"))
			.withMessageContaining("ipr.links.key");
	}
}
