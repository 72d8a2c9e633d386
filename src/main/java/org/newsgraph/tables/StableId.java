package org.newsgraph.tables;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Content-derived ids: the same input gives the same id on every run, so re-runs never duplicate rows. */
public final class StableId {
  private StableId() {}

  /** First 16 hex digits (64 bits) of SHA-256 over the parts, separated by NUL so ("ab","c") != ("a","bc"). */
  public static String of(String... parts) {
    MessageDigest md = sha256();
    for (String p : parts) {
      md.update((p == null ? "\u0001null" : p).getBytes(StandardCharsets.UTF_8));
      md.update((byte) 0);
    }
    return HexFormat.of().formatHex(md.digest(), 0, 8);
  }

  /** Same, over a text part and raw bytes (for input that is not text). */
  public static String of(String part, byte[] bytes) {
    MessageDigest md = sha256();
    md.update(part.getBytes(StandardCharsets.UTF_8));
    md.update((byte) 0);
    md.update(bytes);
    return HexFormat.of().formatHex(md.digest(), 0, 8);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM ships SHA-256", e);
    }
  }
}
