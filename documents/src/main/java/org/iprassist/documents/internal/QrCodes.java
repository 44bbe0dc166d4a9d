package org.iprassist.documents.internal;

import java.awt.image.BufferedImage;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * QR codes (ZXing) for the verification link printed on every issued document.
 */
final class QrCodes {

	private QrCodes() {
	}

	static byte[] png(String text, int size) {
		try {
			BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 1));
			BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
			for (int x = 0; x < size; x++) {
				for (int y = 0; y < size; y++) {
					image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
				}
			}
			return SealImages.png(image);
		}
		catch (WriterException ex) {
			throw new IllegalStateException("QR code for " + text + " could not be made", ex);
		}
	}
}
