package org.newsgraph.pipeline;

import java.sql.Timestamp;

import org.apache.spark.sql.Row;
import org.newsgraph.tables.RawSchema;
import org.newsgraph.tables.RowBuilder;

/**
 * One article after cleaning and the archive-wide boilerplate pass ({@code RawSchema.CLEANED}): the text
 * annotation reads, or the status that says why there is none.
 *
 * @param status           null when the article still goes to the language check and annotation
 * @param detail           why it has that status, or a note on how it was read (a fallback decoding)
 * @param nonLatinLines    lines dropped for being in a non-Latin script (an empty text with some is foreign)
 * @param boilerplateChars characters the archive-wide boilerplate pass removed from the text
 */
public record CleanArticle(String docId, String source, String encoding, String status, String detail,
                           String text, String title, String outlet, String date, int nonLatinLines,
                           int boilerplateChars, String warcFile, Long warcOffset, Timestamp crawledAt) {

  static CleanArticle of(Row r) {
    return new CleanArticle(r.getAs("doc_id"), r.getAs("source"), r.getAs("encoding"), r.getAs("status"),
        r.getAs("detail"), r.getAs("text"), r.getAs("title"), r.getAs("outlet"), r.getAs("published"),
        r.<Integer>getAs("non_latin_lines"), r.<Integer>getAs("boilerplate_chars"), r.getAs("warc_file"),
        r.getAs("warc_offset"), r.getAs("crawled_at"));
  }

  Row toRow() {
    return RowBuilder.of(RawSchema.CLEANED).set("doc_id", docId).set("source", source).set("encoding", encoding)
        .set("status", status).set("detail", detail).set("text", text).set("title", title).set("outlet", outlet)
        .set("published", date).set("non_latin_lines", nonLatinLines).set("boilerplate_chars", boilerplateChars)
        .set("warc_file", warcFile).set("warc_offset", warcOffset).set("crawled_at", crawledAt).build();
  }

  CleanArticle withText(String newText, int removedChars) {
    return new CleanArticle(docId, source, encoding, status, detail, newText, title, outlet, date, nonLatinLines,
        boilerplateChars + removedChars, warcFile, warcOffset, crawledAt);
  }
}
