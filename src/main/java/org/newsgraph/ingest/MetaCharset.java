package org.newsgraph.ingest;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The charset an HTML page declares for itself in its first 4 KiB: {@code <meta charset="...">} or
 * {@code <meta http-equiv="Content-Type" content="text/html; charset=...">}, the two forms browsers honour.
 */
final class MetaCharset {
  /** Browsers look for the declaration within the first 1024 bytes; pages in the wild put it a little later. */
  static final int SCAN_BYTES = 4096;
  private static final Pattern META = Pattern.compile(
      "(?i)<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)");

  private MetaCharset() {}

  /** The declared charset's name, or null when the bytes do not start like an HTML page with one. */
  static String find(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, SCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = META.matcher(head);
    return m.find() ? m.group(1) : null;
  }
}
