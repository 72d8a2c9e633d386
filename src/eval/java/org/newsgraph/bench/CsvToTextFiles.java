package org.newsgraph.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.newsgraph.options.Option;
import org.newsgraph.options.OptionSet;
import org.newsgraph.options.OptionValues;

/**
 * Writes the first N distinct articles of a CSV archive as a folder of text files (title, blank line,
 * text), the input shape of a scraped archive, for benchmarks and cluster tests:
 * {@code CsvToTextFiles CSV CHARSET N OUT_DIR [TEXT_COL TITLE_COL ID_COL]}; the columns default to FA-KES's
 * (article_content, article_title, unit_id). Rows with an empty text or an id seen before are skipped.
 */
public final class CsvToTextFiles {
  private CsvToTextFiles() {}

  static final Option<Path> CSV = Option.path("CSV", null, "the CSV archive").required();
  static final Option<Charset> CHARSET = Option.charset("CHARSET", StandardCharsets.UTF_8, "its charset").required();
  static final Option<Long> N = Option.wholeNumber("N", 0, 1, "how many articles to write").required();
  static final Option<Path> OUT_DIR = Option.path("OUT_DIR", null, "the folder to write them to").required();
  static final Option<String> TEXT_COL = Option.text("text-col", "article_content", "the text column");
  static final Option<String> TITLE_COL = Option.text("title-col", "article_title", "the title column");
  static final Option<String> ID_COL = Option.text("id-col", "unit_id", "the id column");
  public static final OptionSet OPTIONS = OptionSet.of("csv-to-text-files", "CsvToTextFiles CSV CHARSET N OUT_DIR [options]",
      List.of(CSV, CHARSET, N, OUT_DIR), List.of(TEXT_COL, TITLE_COL, ID_COL));

  public static void main(String[] args) throws IOException {
    OptionValues o = OPTIONS.parseOrExit(args);
    int written = write(o.get(CSV), o.get(CHARSET), Math.toIntExact(o.get(N)), o.get(OUT_DIR), o.get(TEXT_COL),
        o.get(TITLE_COL), o.get(ID_COL));
    System.out.println(written + " articles written to " + o.get(OUT_DIR));
  }

  /** Returns how many files were written (fewer than {@code n} when the CSV runs out). */
  public static int write(Path csv, Charset charset, int n, Path outDir, String textCol, String titleCol, String idCol)
      throws IOException {
    Files.createDirectories(outDir);
    try (BufferedReader r = Files.newBufferedReader(csv, charset)) {
      List<String> header = record(r);
      int text = index(header, textCol);
      int title = index(header, titleCol);
      int id = index(header, idCol);
      Set<String> seen = new HashSet<>();
      int written = 0;
      for (List<String> row = record(r); row != null && written < n; row = record(r)) {
        if (row.size() <= Math.max(text, Math.max(title, id)) || row.get(text).isBlank() || !seen.add(row.get(id))) {
          continue;
        }
        String name = String.format("%04d-%s.txt", written, row.get(id).replaceAll("[^A-Za-z0-9_-]", "_"));
        Files.writeString(outDir.resolve(name), row.get(title).strip() + "\n\n" + row.get(text).strip() + "\n",
            StandardCharsets.UTF_8);
        written++;
      }
      return written;
    }
  }

  private static int index(List<String> header, String col) {
    int i = header == null ? -1 : header.indexOf(col);
    if (i < 0) {
      throw new IllegalArgumentException("column '" + col + "' not in the header " + header);
    }
    return i;
  }

  /** One RFC 4180 record: quoted fields may hold commas, doubled quotes and line breaks; null at the end. */
  static List<String> record(BufferedReader r) throws IOException {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    int c = r.read();
    if (c < 0) {
      return null;
    }
    for (; c >= 0; c = r.read()) {
      if (quoted) {
        if (c == '"') {
          r.mark(1);
          int next = r.read();
          if (next == '"') {
            field.append('"');
          } else {
            quoted = false;
            if (next >= 0) {
              r.reset();
            }
          }
        } else {
          field.append((char) c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\n') {
        break;
      } else if (c != '\r') {
        field.append((char) c);
      }
    }
    fields.add(field.toString());
    return fields;
  }
}
