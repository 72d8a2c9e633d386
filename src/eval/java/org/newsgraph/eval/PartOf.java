package org.newsgraph.eval;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Which part of the story gold a pair of FA-KES articles belongs to: held-out when the last hex digit of
 * SHA-256("unit_a TAB unit_b", ids in string order) is divisible by 3, as the gold file's part column says.
 */
final class PartOf {
  private PartOf() {}

  static String pair(String unitA, String unitB) {
    String k = unitA.compareTo(unitB) < 0 ? unitA + "\t" + unitB : unitB + "\t" + unitA;
    try {
      String hex = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(k.getBytes(StandardCharsets.UTF_8)));
      return Character.digit(hex.charAt(hex.length() - 1), 16) % 3 == 0 ? "held-out" : "tuning";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
