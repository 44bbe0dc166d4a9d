package org.iprassist.documents;

/**
 * The bytes of a document with its file name, media type and SHA-256 (lower-case hex).
 */
public record DocumentFile(String fileName, String mediaType, byte[] content, String sha256) {
}
