package org.newsgraph.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.newsgraph.tables.DocStatus;

/**
 * Decodes the bytes of a scraped file: strict UTF-8 first, then windows-1252 (a superset of Latin-1 that
 * most "Latin-1" web pages really are), and rejects binary content instead of feeding it to CoreNLP.
 * Plain Java, no Spark.
 */
public final class TextDecoder {
  private static final Charset CP1252 = Charset.forName("windows-1252");

  private TextDecoder() {}

  public static DecodedText decode(byte[] bytes) {
    return decode(bytes, null);
  }

  /**
   * Decodes with the charset the transport declared (an HTTP Content-Type header), else the one an HTML
   * page declares in its first bytes ({@code <meta charset>}), else by detection as above. A declared
   * charset that the bytes contradict (invalid UTF-8 under a UTF-8 label) falls back to detection.
   */
  public static DecodedText decode(byte[] bytes, String declared) {
    if (bytes == null || bytes.length == 0) {
      return new DecodedText("", "UTF-8", null, null);
    }
    int offset = hasUtf8Bom(bytes) ? 3 : 0;
    if (looksBinary(bytes)) {
      return new DecodedText(null, null, DocStatus.BINARY,
          "content looks binary (NUL or control bytes); expected a text file");
    }
    Charset named = offset == 0 ? supported(declared != null ? declared : MetaCharset.find(bytes)) : null;
    if (named != null && !named.equals(StandardCharsets.UTF_8)) {
      // Single-byte legacy charsets map (almost) every byte, so a wrong label cannot be detected here;
      // the page's own label is the best evidence there is.
      String text = new String(bytes, named);
      return new DecodedText(text, named.name(), null, null);
    }
    try {
      CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
      String text = strict.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
      return new DecodedText(text, "UTF-8", null, null);
    } catch (CharacterCodingException e) {
      // Not UTF-8: scraped archives mix in legacy single-byte pages. windows-1252 maps every byte, so
      // the text is kept and the fallback is recorded rather than guessed silently.
      String text = new String(bytes, CP1252);
      return new DecodedText(text, "windows-1252", null, "invalid UTF-8; decoded as windows-1252");
    }
  }

  private static Charset supported(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      Charset c = Charset.forName(name.strip());
      // Browsers read ISO-8859-1 and US-ASCII labels as windows-1252 (WHATWG encoding standard).
      if (c.equals(StandardCharsets.ISO_8859_1) || c.equals(StandardCharsets.US_ASCII)) {
        return CP1252;
      }
      return c;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean hasUtf8Bom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
  }

  /**
   * Binary if it has a NUL byte in the first 8 KiB, or more than 10% C0 control bytes other than
   * tab, CR, LF and form feed there. UTF-16 text also has NULs; news scrapes are not UTF-16 in practice.
   */
  static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
        control++;
      }
    }
    return control * 10 > n;
  }
}
