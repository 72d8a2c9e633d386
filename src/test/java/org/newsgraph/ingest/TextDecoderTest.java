package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.newsgraph.tables.DocStatus;

class TextDecoderTest {
  @Test
  void utf8IsDecodedStrictly() {
    DecodedText d = TextDecoder.decode("Erdoğan said “no”".getBytes(StandardCharsets.UTF_8));
    assertEquals("Erdoğan said “no”", d.text());
    assertEquals("UTF-8", d.encoding());
    assertNull(d.problem());
  }

  @Test
  void latin1FallsBackToWindows1252() {
    DecodedText d = TextDecoder.decode("Café in São Paulo".getBytes(StandardCharsets.ISO_8859_1));
    assertEquals("Café in São Paulo", d.text());
    assertEquals("windows-1252", d.encoding());
    assertNull(d.problem());
  }

  @Test
  void binaryIsRejected() {
    byte[] bytes = new byte[4096];
    new java.util.Random(7).nextBytes(bytes);
    DecodedText d = TextDecoder.decode(bytes);
    assertEquals(DocStatus.BINARY, d.problem());
    assertNull(d.text());
  }
}
