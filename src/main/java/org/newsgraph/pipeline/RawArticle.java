package org.newsgraph.pipeline;

/**
 * One input article as the readers deliver it, before cleaning.
 *
 * @param docId      stable id (see {@code ingest.DocIds})
 * @param source     where it came from: file path, or file plus row id for tabular inputs
 * @param text       decoded raw text, or null when the bytes could not be read as text
 * @param encoding   charset used to decode it
 * @param readStatus null, or a status already decided while reading (binary, too_long)
 * @param readDetail explanation of readStatus or of a fallback decoding
 * @param title      title from an input column, or null
 * @param outlet     outlet from an input column, or null
 * @param date       publication date (yyyy-MM-dd) from an input column, or null
 */
public record RawArticle(String docId, String source, String text, String encoding, String readStatus,
                         String readDetail, String title, String outlet, String date) {}
