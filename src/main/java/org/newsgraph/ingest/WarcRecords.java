package org.newsgraph.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.newsgraph.tables.DocStatus;

/**
 * Streams the records of one WARC file, one {@link WarcItem} each, holding at most one record's payload.
 * A damaged record (a header that does not parse, a cut gzip member, a body shorter than its length) becomes
 * one {@code failed} item and reading resumes at the next record start found after it, so one bad record
 * never costs the rest of the file. Plain Java over jwarc, no Spark.
 */
public final class WarcRecords implements Iterator<WarcItem>, Closeable {
  /** Opens the file positioned at a byte offset (Hadoop streams seek; a local file skips). */
  @FunctionalInterface
  public interface Opener {
    InputStream open(long offset) throws IOException;
  }

  private final Opener opener;
  private final long maxBytes;
  private InputStream in;
  private WarcReader reader;
  private long base;
  private WarcCompression compression;
  private WarcItem pending;
  private boolean done;

  public WarcRecords(Opener opener, long maxBytes) throws IOException {
    this.opener = opener;
    this.maxBytes = maxBytes;
    start(0);
  }

  private void start(long offset) throws IOException {
    closeQuietly();
    in = opener.open(offset);
    base = offset;
    reader = new WarcReader(Channels.newChannel(in));
    reader.setLenient(true);
    // A cut gzip member can inflate into garbage that fills the declared length; the crawler's block digest
    // is what tells such a record from a good one.
    reader.calculateBlockDigest();
    if (compression == null) {
      compression = reader.compression();
    }
  }

  @Override
  public boolean hasNext() {
    if (pending == null && !done) {
      pending = advance();
      done = pending == null;
      if (done) {
        closeQuietly();
      }
    }
    return pending != null;
  }

  @Override
  public WarcItem next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    WarcItem item = pending;
    pending = null;
    return item;
  }

  private WarcItem advance() {
    long offset = base + reader.position();
    try {
      Optional<WarcRecord> next = reader.next();
      if (next.isEmpty()) {
        return null;
      }
      offset = base + reader.position();
      return item(offset, next.get());
    } catch (IOException | RuntimeException e) {
      WarcItem failed = new WarcItem(offset, null, null, null, null, null, DocStatus.FAILED,
          "damaged WARC record at byte " + offset + ": " + describe(e) + "; the rest of the file is read");
      resync(offset);
      return failed;
    }
  }

  /** Resumes at the first record start after a damaged one, or ends the file when there is none. */
  private void resync(long damagedAt) {
    try {
      long next = RecordStarts.after(opener, damagedAt, compression);
      if (next < 0) {
        done = true;
        closeQuietly();
        pending = null;
      } else {
        start(next);
      }
    } catch (IOException e) {
      done = true;
      closeQuietly();
    }
  }

  private WarcItem item(long offset, WarcRecord record) throws IOException {
    String type = record.type();
    String target = record instanceof WarcTargetRecord t ? t.target() : null;
    if (record.truncated() != WarcTruncationReason.NOT_TRUNCATED) {
      return skip(offset, record, target, DocStatus.TRUNCATED,
          "the crawler cut this record (WARC-Truncated: " + record.truncated().name().toLowerCase(Locale.ROOT)
              + "); the page is incomplete");
    }
    if (record instanceof WarcResponse response) {
      return response(offset, response, target);
    }
    if (record instanceof WarcResource resource && isHtml(resource.contentType())) {
      WarcItem page = page(offset, record, target, resource.body(), charsetOf(resource.contentType()));
      checkDigest(record);
      return page;
    }
    return skip(offset, record, target, DocStatus.NOT_ARTICLE, "WARC " + type + " record");
  }

  private WarcItem response(long offset, WarcResponse response, String target) throws IOException {
    if (!response.contentType().base().equals(MediaType.HTTP)) {
      // A response record of another protocol (Gemini, DNS): no HTML page inside.
      return skip(offset, response, target, DocStatus.NOT_ARTICLE,
          "WARC response of type " + response.contentType().base() + ", not HTTP");
    }
    HttpResponse http = response.http();
    if (http.status() < 200 || http.status() >= 300) {
      return skip(offset, response, target, DocStatus.NOT_ARTICLE, "HTTP " + http.status() + " response");
    }
    MediaType type = http.contentType();
    MessageBody body;
    try {
      body = http.bodyDecoded();
    } catch (IOException | RuntimeException e) {
      body = http.body();
    }
    if (!isHtml(type)) {
      return skip(offset, response, target, DocStatus.NOT_ARTICLE, "not an HTML page (" + type.base() + ")");
    }
    WarcItem page = page(offset, response, target, body, charsetOf(type));
    MessageBody raw = http.body();
    if (page.html() != null && raw.position() < raw.size()) {
      // The record ends before its declared length: a cut file or a damaged gzip member.
      throw new java.io.EOFException("the page's body ends at byte " + raw.position() + " of " + raw.size());
    }
    checkDigest(response);
    return page;
  }

  /** A record whose WARC-Block-Digest does not match its bytes is damaged (records without one cannot be checked). */
  private static void checkDigest(WarcRecord record) throws IOException {
    Optional<org.netpreserve.jwarc.WarcDigest> declared = record.blockDigest();
    if (declared.isEmpty()) {
      return;
    }
    record.body().consume();
    Optional<org.netpreserve.jwarc.WarcDigest> actual = record.calculatedBlockDigest();
    if (actual.isPresent() && !actual.get().equals(declared.get())) {
      throw new IOException("WARC-Block-Digest " + declared.get().prefixedBase32() + " does not match the record's bytes");
    }
  }

  private WarcItem page(long offset, WarcRecord record, String target, MessageBody body, String charset)
      throws IOException {
    byte[] bytes = body.stream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    if (bytes.length > maxBytes) {
      return skip(offset, record, target, DocStatus.TOO_LONG,
          "page over " + maxBytes + " bytes (--max-bytes)");
    }
    return new WarcItem(offset, record.type(), target, record.date(), bytes, charset, null, null);
  }

  private static WarcItem skip(long offset, WarcRecord record, String target, String status, String detail) {
    return new WarcItem(offset, record.type(), target, safeDate(record), null, null, status, detail);
  }

  private static java.time.Instant safeDate(WarcRecord record) {
    try {
      return record.date();
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** text/html and XHTML; a page served without a type is not guessed at. */
  static boolean isHtml(MediaType type) {
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    return base.equals("text/html") || base.equals("application/xhtml+xml");
  }

  private static String charsetOf(MediaType type) {
    return type.parameters().get("charset");
  }

  private static String describe(Throwable e) {
    String msg = e.getMessage();
    return e.getClass().getSimpleName() + (msg == null ? "" : " (" + msg + ")");
  }

  private void closeQuietly() {
    try {
      if (reader != null) {
        reader.close();
      }
      if (in != null) {
        in.close();
      }
    } catch (IOException e) {
      // Nothing left to read from it either way.
    }
    reader = null;
    in = null;
  }

  @Override
  public void close() {
    done = true;
    closeQuietly();
  }
}
