package org.newsgraph.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.netpreserve.jwarc.WarcCompression;

/**
 * Finds where the next WARC record starts after a damaged one: the next gzip member header in a .warc.gz
 * (WARC files compress each record as its own member, ISO 28500 annex D), else the next line that opens
 * with the version line "WARC/1.".
 */
final class RecordStarts {
  private static final byte[] GZIP = {(byte) 0x1f, (byte) 0x8b, 8};
  private static final byte[] WARC = "\nWARC/1.".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private RecordStarts() {}

  /** Offset of the first record start after {@code from}, or -1 at end of file. */
  static long after(WarcRecords.Opener opener, long from, WarcCompression compression) throws IOException {
    byte[] marker = compression == WarcCompression.GZIP ? GZIP : WARC;
    long start = from + 1;
    try (InputStream in = new BufferedInputStream(opener.open(start), 1 << 16)) {
      long pos = start;
      int matched = 0;
      int b;
      while ((b = in.read()) >= 0) {
        if (b == (marker[matched] & 0xff)) {
          matched++;
          if (matched == marker.length) {
            long at = pos - marker.length + 1;
            // The plain marker includes the newline before the version line.
            return marker == WARC ? at + 1 : at;
          }
        } else {
          matched = b == (marker[0] & 0xff) ? 1 : 0;
        }
        pos++;
      }
    }
    return -1;
  }
}
