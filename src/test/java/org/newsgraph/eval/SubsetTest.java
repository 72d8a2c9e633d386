package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

class SubsetTest {

  @Test
  void speechCuesMatchInflectedFormsAndExpressionsButNotThoughtOrEvidence() {
    for (String cue : List.of("said", "says", "told", "tells", "according to", "Added:", "wrote", "tweeted",
        "replied", "denies", "admitted", "said in a statement", "pointed out", "was asked", "testified",
        "in an interview", "speaking of", "argues", "described")) {
      assertTrue(SpeechCues.isSpeech(cue), cue);
    }
    for (String cue : List.of("believes", "shows", "found", "thinks", "wants", ":", "is expected", "according",
        "point to", "", "sayings")) {
      assertFalse(SpeechCues.isSpeech(cue), cue);
    }
    assertEquals("say", SpeechCues.lemma("Said"));
    assertEquals("reply", SpeechCues.lemma("replies"));
  }

  @Test
  void directQuotesAreWhollyInsideOnePairOfMarks() {
    assertTrue(direct("He said “We will win,” and left.", "“We will win,”"));
    assertTrue(direct("\"Subpoenas are not optional,\" he said.", "\"Subpoenas are not optional,\""));
    assertTrue(direct("x \"The question: “As you know?” Yes.\" y", "\"The question: “As you know?” Yes.\""));
    assertTrue(direct("“We won.” he said", "We won."), "immediately enclosed by marks");
    assertTrue(direct("\"Republicans want a photo op,\" said Rep. Cummings",
        "Republicans want a photo op,\""), "opening mark just outside the span");
    assertTrue(direct("\"One.\n\n\"Two.\" he said", "\"One.\n\n\"Two.\""), "paragraph re-opening mark");
    assertFalse(direct("“A,” he said, “B.”", "“A,” he said, “B.”"), "two quotes with words between");
    assertFalse(direct("reported “2,521 shooting incidents” in the city", "“2,521 shooting incidents” in the city"));
    assertFalse(direct("She called them “deplorables.”", "them “deplorables.”"));
    assertFalse(direct("He said the plan would work.", "the plan would work"));
  }

  @Test
  void subsetsNest() {
    String text = "“We will win,” Smith said. Polls show a lead. Experts believe “a surge” is near. He said it works.";
    assertEquals(EnumSet.allOf(GoldSubset.class), subsets(text, "“We will win,”", "said"));
    assertEquals(EnumSet.of(GoldSubset.ALL), subsets(text, "a lead.", "show"));
    assertEquals(EnumSet.of(GoldSubset.ALL, GoldSubset.SPEECH), subsets(text, "“a surge” is near", "believe"),
        "quotation marks make it speech even with a thought cue");
    assertEquals(EnumSet.of(GoldSubset.ALL, GoldSubset.SPEECH), subsets(text, "it works", "said"));
  }

  private static boolean direct(String text, String content) {
    int b = text.indexOf(content);
    return QuoteMarks.isDirect(text, List.of(new TextSpan(b, b + content.length())));
  }

  private static EnumSet<GoldSubset> subsets(String text, String content, String cue) {
    int b = text.indexOf(content);
    GoldAttribution g = new GoldAttribution("E1", List.of(new TextSpan(b, b + content.length())), List.of(),
        cue, List.of(), null);
    return GoldSubset.of(g, text);
  }
}
