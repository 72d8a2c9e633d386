package org.newsgraph.ingest;

/**
 * The outcome of turning an input file's bytes into text.
 *
 * @param text     the decoded text, or null when the bytes are not text
 * @param encoding the charset actually used ("UTF-8", "windows-1252", ...), or null
 * @param problem  null when the bytes decoded as text; otherwise a status from {@code DocStatus}
 * @param detail   a human-readable explanation of {@code problem} or of a fallback decoding
 */
public record DecodedText(String text, String encoding, String problem, String detail) {}
