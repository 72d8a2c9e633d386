package org.newsgraph.pipeline;

import java.sql.Timestamp;

import org.apache.spark.sql.Row;

/**
 * One input article as the readers deliver it ({@code RawSchema.RAW}), before cleaning.
 *
 * @param docId      stable id (see {@code tables.StableId})
 * @param source     where it came from: file path, file plus row id for tabular inputs, a page's URL for WARC
 * @param text       decoded raw text, or null when the bytes could not be read as text
 * @param encoding   charset used to decode it
 * @param readStatus null, or a status already decided while reading (binary, too_long, not_article, ...)
 * @param readDetail explanation of readStatus or of a fallback decoding
 * @param title      title from an input column, or null
 * @param outlet     outlet from an input column, or null
 * @param date       publication date (yyyy-MM-dd) from an input column, or null
 * @param warcFile   for a WARC record: the file, relative to the input root; else null
 * @param warcOffset for a WARC record: its byte offset in the file; else null
 * @param crawledAt  for a WARC record: its WARC-Date; else null
 */
public record RawArticle(String docId, String source, String text, String encoding, String readStatus,
                         String readDetail, String title, String outlet, String date, String warcFile,
                         Long warcOffset, Timestamp crawledAt) {

  static RawArticle of(Row r) {
    return new RawArticle(r.getAs("doc_id"), r.getAs("source"), r.getAs("raw_text"), r.getAs("encoding"),
        r.getAs("read_status"), r.getAs("read_detail"), r.getAs("title"), r.getAs("outlet"), r.getAs("published"),
        r.getAs("warc_file"), r.getAs("warc_offset"), r.getAs("crawled_at"));
  }
}
