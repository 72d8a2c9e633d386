package org.newsgraph.tables;

import java.util.List;

/** Values of {@code documents.status}. Every input article gets exactly one. */
public final class DocStatus {
  /** Cleaned and annotated; its mentions and quotes are in the other tables. */
  public static final String OK = "ok";
  /** No text left: the input was empty, whitespace only, or only boilerplate. */
  public static final String EMPTY = "empty";
  /** Bytes that are not text (NUL or control bytes). */
  public static final String BINARY = "binary";
  /** Text in a non-Latin script, or Latin-script text without English function words. */
  public static final String NOT_ENGLISH = "not_english";
  /** Longer than --max-chars after cleaning (or its raw bytes over the read cap); not annotated. */
  public static final String TOO_LONG = "too_long";
  /** CoreNLP did not finish within --timeout-seconds. */
  public static final String TIMEOUT = "timeout";
  /**
   * A WARC record that is not an article: warcinfo, request, metadata and revisit records, responses that
   * are not HTML pages (images, scripts, feeds) or not successful (redirects, errors).
   */
  public static final String NOT_ARTICLE = "not_article";
  /** A WARC record the crawler cut short (WARC-Truncated): the page is incomplete, so it is not annotated. */
  public static final String TRUNCATED = "truncated";
  /** Any other error (a damaged WARC record too); {@code documents.error} holds the cause. */
  public static final String FAILED = "failed";

  public static final List<String> ALL = List.of(OK, EMPTY, BINARY, NOT_ENGLISH, TOO_LONG, TIMEOUT, NOT_ARTICLE,
      TRUNCATED, FAILED);

  private DocStatus() {}
}
