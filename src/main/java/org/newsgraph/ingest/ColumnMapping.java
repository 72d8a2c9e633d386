package org.newsgraph.ingest;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which input columns hold an article's text, title, id, date and outlet in tabular inputs (CSV, JSON
 * Lines, Parquet). A name given by the user must exist; otherwise the first column (case-insensitive)
 * from the usual names below is used.
 */
public record ColumnMapping(String text, String title, String id, String date, String outlet)
    implements Serializable {
  static final List<String> TEXT_NAMES = List.of("text", "content", "article_content", "body", "article");
  static final List<String> TITLE_NAMES = List.of("title", "article_title", "headline");
  static final List<String> ID_NAMES = List.of("id", "doc_id", "unit_id", "article_id", "url", "uri");
  static final List<String> DATE_NAMES = List.of("date", "published", "publication_date", "published_at", "pub_date");
  static final List<String> OUTLET_NAMES = List.of("outlet", "source", "publisher", "site", "domain");

  /** Resolves the mapping against the columns actually present. */
  ColumnMapping resolve(String[] columns) {
    String t = pick("text", text, TEXT_NAMES, columns)
        .orElseThrow(() -> new IllegalArgumentException("no text column: none of " + TEXT_NAMES
            + " among the input columns " + Arrays.toString(columns) + "; name it with --text-col"));
    return new ColumnMapping(t, pick("title", title, TITLE_NAMES, columns).orElse(null),
        pick("id", id, ID_NAMES, columns).orElse(null), pick("date", date, DATE_NAMES, columns).orElse(null),
        pick("outlet", outlet, OUTLET_NAMES, columns).orElse(null));
  }

  private static Optional<String> pick(String what, String given, List<String> usual, String[] columns) {
    if (given != null) {
      return Optional.of(Arrays.stream(columns).filter(c -> c.equalsIgnoreCase(given)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("--" + what + "-col '" + given
              + "' is not an input column; the columns are " + Arrays.toString(columns))));
    }
    for (String u : usual) {
      for (String c : columns) {
        if (c.toLowerCase(Locale.ROOT).equals(u)) {
          return Optional.of(c);
        }
      }
    }
    return Optional.empty();
  }
}
