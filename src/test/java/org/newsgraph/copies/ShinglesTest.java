package org.newsgraph.copies;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ShinglesTest {
  private static final String BODY = "Government forces shelled the eastern districts of the city on Tuesday, "
      + "killing at least twelve civilians, a monitoring group said.";

  @Test
  void theHeadlineIsLeftOutSoARetitledCopyIsIdentical() {
    assertArrayEquals(Shingles.of("Twelve killed in shelling\n\n" + BODY), Shingles.of("Shelling kills 12\n\n" + BODY));
  }

  @Test
  void caseApostrophesAndPunctuationDoNotTellCopiesApart() {
    String stripped = "Syrias army said the citys eastern districts were shelled on Tuesday killing twelve";
    String original = "Syria's army said: the city's eastern districts were SHELLED on Tuesday, killing twelve.";
    assertEquals(1.0, Shingles.jaccard(Shingles.of(stripped), Shingles.of(original)));
  }

  @Test
  void aTrimmedCopyIsContainedInTheFullText() {
    String full = BODY + " The group said the toll was likely to rise as rescuers searched the rubble for survivors.";
    long[] a = Shingles.of(full);
    long[] b = Shingles.of(BODY);
    assertEquals(1.0, Shingles.containment(a, b));
    assertTrue(Shingles.jaccard(a, b) < 0.6, "jaccard " + Shingles.jaccard(a, b));
  }

  @Test
  void aTextShorterThanOneShingleIsOneShingleAndNoTextNone() {
    assertEquals(1, Shingles.of("Breaking news").length);
    assertEquals(0, Shingles.of(null).length);
    assertEquals(0, MinHash.bands(new long[0]).length);
  }

  @Test
  void identicalSetsShareEveryBandAndDisjointOnesNone() {
    long[] a = Shingles.of(BODY);
    long[] b = Shingles.of("Completely different words about a football match in another country entirely today.");
    assertArrayEquals(MinHash.bands(a), MinHash.bands(a.clone()));
    long[] ba = MinHash.bands(a);
    long[] bb = MinHash.bands(b);
    for (int i = 0; i < ba.length; i++) {
      assertTrue(ba[i] != bb[i], "band " + i);
    }
  }
}
