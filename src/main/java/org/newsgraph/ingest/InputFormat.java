package org.newsgraph.ingest;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The input formats the job reads. */
public enum InputFormat {
  /** A folder of text (or HTML) files, read recursively, one article per file. */
  TEXT,
  /** JSON Lines: one JSON object per line. */
  JSONL,
  /** CSV with a header row; quoted fields may span lines. */
  CSV,
  /** Parquet files or a folder of them. */
  PARQUET,
  /** WARC files (.warc, .warc.gz) or a folder of them: one article per HTML response record. */
  WARC;

  public static InputFormat parse(String s) {
    String v = s.trim().toLowerCase(Locale.ROOT);
    if (v.equals("json") || v.equals("ndjson")) {
      return JSONL;
    }
    if (v.equals("txt") || v.equals("html")) {
      return TEXT;
    }
    try {
      return valueOf(v.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown input format '" + s + "'; expected one of "
          + Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
    }
  }

  /** The format a path's extension suggests; folders and anything else read as text files. */
  public static InputFormat guess(String path) {
    String p = path.toLowerCase(Locale.ROOT);
    if (p.endsWith(".csv")) {
      return CSV;
    }
    if (p.endsWith(".jsonl") || p.endsWith(".ndjson") || p.endsWith(".json")) {
      return JSONL;
    }
    if (p.endsWith(".parquet")) {
      return PARQUET;
    }
    if (isWarcName(p)) {
      return WARC;
    }
    return TEXT;
  }

  /** A WARC file by its name; a text folder can hold some, each read record by record. */
  public static boolean isWarcName(String path) {
    String p = path.toLowerCase(Locale.ROOT);
    return p.endsWith(".warc") || p.endsWith(".warc.gz");
  }
}
