package org.newsgraph.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** Recurring shingles are cut where boilerplate sits, and nowhere else. */
class BoilerplateTest {
  private static final String FOOTER = "Subscribe to our channel for all the latest reporting from around the world. "
      + "Copyright 2018 Example World. Terms of Use Privacy Policy Cookie Policy";

  /** The shingles of text that also occur in another text: what the archive-wide count would report. */
  private static Set<Long> shared(String text, String other) {
    Set<Long> a = Arrays.stream(Boilerplate.shingles(text, null)).boxed().collect(Collectors.toSet());
    Set<Long> b = Arrays.stream(Boilerplate.shingles(other, null)).boxed().collect(Collectors.toSet());
    a.retainAll(b);
    return a;
  }

  @Test
  void aFooterGluedToTheLastParagraphGoesWithItsVaryingWords() {
    String body = "Rebels shelled the town on Monday, the governor said. Ten people were hurt.";
    String text = body + " Reporting by Jane Doe " + FOOTER;
    String other = "A different story about the port and its ships. " + "Reporting by John Roe " + FOOTER;
    String cleaned = Boilerplate.remove(text, null, shared(text, other));
    assertEquals(body + " Reporting by Jane Doe", cleaned);
  }

  @Test
  void aCommonPhraseInMidSentenceStays() {
    String text = "Fighting went on all night. Five civilians died, the Syrian Observatory for Human Rights said, "
        + "and the road to the north was closed again on Tuesday.";
    String other = "Shelling hit a market. The toll rose to nine, the Syrian Observatory for Human Rights said, "
        + "in the third attack this month on the town.";
    Set<Long> recurring = shared(text, other);
    assertFalse(recurring.isEmpty());
    assertEquals(text, Boilerplate.remove(text, null, recurring));
  }

  @Test
  void aWholeRecurringParagraphGoesAndTheOthersStay() {
    String text = "Talks resume in Geneva\n\nThe envoy said talks would resume next week in Geneva.\n\n"
        + "Read more: our coverage of the war, every day, on every page\n\nThe rebels said they would attend.";
    String other = "Ships return\n\nRead more: our coverage of the war, every day, on every page\n\nThe port reopened.";
    String cleaned = Boilerplate.remove(text, "Talks resume in Geneva", shared(text, other));
    assertEquals("Talks resume in Geneva\n\nThe envoy said talks would resume next week in Geneva.\n\n"
        + "The rebels said they would attend.", cleaned);
  }

  @Test
  void theHeadlineIsNeverCounted() {
    String text = "Talks resume in Geneva\n\nThe envoy said so.";
    String other = "Talks resume in Geneva\n\nThe rebels said so too, on Monday.";
    assertTrue(shared(text, other).size() > 0, "without the title the headline is a shingle");
    Set<Long> a = Arrays.stream(Boilerplate.shingles(text, "Talks resume in Geneva")).boxed().collect(Collectors.toSet());
    Set<Long> b = Arrays.stream(Boilerplate.shingles(other, "Talks resume in Geneva")).boxed().collect(Collectors.toSet());
    a.retainAll(b);
    assertTrue(a.isEmpty(), "the headline paragraph is left out when it is the title");
  }

  @Test
  void aLongRecurringRunInsideTheBodyGoes() {
    String block = "Watch live TV schedule where to watch connect with us on iOS Android YouTube satellite coverage "
        + "partner hotels corporate about us careers press releases documentary contact us legal terms";
    String text = "The army took the hill on Sunday. " + block + " The army then moved north to the river.";
    String other = "Ships left the port. " + block + " Nobody was hurt.";
    String cleaned = Boilerplate.remove(text, null, shared(text, other));
    assertEquals("The army took the hill on Sunday. The army then moved north to the river.", cleaned);
  }
}
