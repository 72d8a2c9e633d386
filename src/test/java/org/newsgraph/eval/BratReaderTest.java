package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class BratReaderTest {
  //                                     1         2         3         4         5         6         7
  //                           01234567890123456789012345678901234567890123456789012345678901234567890123
  private static final String TEXT = "“We will win,” Smith said, “and soon.” Polls show a lead.\nDiscard me.";

  private static final String ANN = String.join("\n",
      "T1\tContent 0 14;27 38\t“We will win,” “and soon.”",
      "T2\tCue 21 25\tsaid",
      "T3\tSource 15 20\tSmith",
      "T4\tAttribution 21 25\tsaid",
      "E1\tAttribution:T4 Content:T1 Cue:T2 Source:T3",
      "T5\tContent 39 44\tPolls",
      "T6\tCue 45 49\tshow",
      "T7\tAttribution-no-source 45 49\tshow",
      "T8\tContent 50 57\ta lead.",
      "E2\tAttribution-no-source:T7 Cue:T6 Content:T8",
      "T9\tDiscard 58 69\tDiscard me.",
      "T10\tDiscuss 0 5\t“We w",
      "E3\tDiscuss:T10 ",
      "");

  @Test
  void readsDiscontinuousContentsCuesSourcesAndNoSourceRelations() {
    List<GoldAttribution> gold = BratReader.parse(ANN, TEXT).attributions(TEXT);
    assertEquals(2, gold.size());
    GoldAttribution smith = gold.get(0);
    assertEquals("E1", smith.relationId());
    assertEquals(List.of(new TextSpan(0, 14), new TextSpan(27, 38)), smith.content());
    assertEquals("“We will win,” “and soon.”", TextSpan.slice(TEXT, smith.content()));
    assertEquals("said", smith.cueText());
    assertEquals("Smith", smith.sourceText());
    assertEquals(List.of(new TextSpan(15, 20)), smith.source());
    assertEquals(0, smith.contentBegin());
    assertEquals(38, smith.contentEnd());

    GoldAttribution polls = gold.get(1);
    assertEquals("E2", polls.relationId());
    assertEquals("a lead.", TextSpan.slice(TEXT, polls.content()));
    assertEquals("show", polls.cueText());
    assertFalse(polls.hasSource());
    assertNull(polls.sourceText());
  }

  @Test
  void keepsEveryTextBoundSpanWithItsAnnotatedString() {
    BratReader.BratDocument doc = BratReader.parse(ANN, TEXT);
    assertEquals(10, doc.spans().size());
    assertEquals("Discard", doc.spans().get("T9").type());
    for (BratReader.BratSpan s : doc.spans().values()) {
      assertEquals(s.annotatedText(), TextSpan.slice(TEXT, s.fragments()), s.id());
    }
  }

  @Test
  void secondContentIsASeparateAttributionWithTheSameSourceAndDuplicatesCountOnce() {
    String text = "\"No,\" Ann said. Later: \"Never.\"";
    String ann = String.join("\n",
        "T1\tContent 0 5\t\"No,\"", "T2\tSource 6 9\tAnn", "T3\tCue 10 14\tsaid", "T4\tAttribution 10 14\tsaid",
        "T5\tContent 23 31\t\"Never.\"",
        "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2 Content2:T5",
        "T6\tAttribution 10 14\tsaid",
        "E2\tAttribution:T6 Content:T1 Cue:T3 Source:T2");
    List<GoldAttribution> gold = BratReader.parse(ann, text).attributions(text);
    assertEquals(List.of("E1", "E1/Content2"), gold.stream().map(GoldAttribution::relationId).toList());
    assertEquals("Ann", gold.get(1).sourceText());
    assertEquals("\"Never.\"", TextSpan.slice(text, gold.get(1).content()));
  }

  @Test
  void annotatedStringsWithLineBreaksContinueOnTheNextLine() {
    String text = "He said: \"One.\n\nTwo.\"";
    String ann = "T1\tContent 9 21\t\"One.\n\nTwo.\"\nT2\tCue 3 7\tsaid\nT3\tAttribution 3 7\tsaid\n"
        + "E1\tAttribution:T3 Content:T1 Cue:T2\n";
    BratReader.BratDocument doc = BratReader.parse(ann, text);
    assertEquals("\"One.\n\nTwo.\"", doc.spans().get("T1").annotatedText());
    assertEquals(1, doc.attributions(text).size());
  }

  @Test
  void fragmentsAreSortedAndWhitespaceOrReopeningMarkGapsMerged() {
    String text = "\"First paragraph.\n\n\"Second one.\" he said";
    List<TextSpan> merged = BratReader.BratDocument.normalise(text,
        List.of(new TextSpan(20, 33), new TextSpan(0, 17)));
    assertEquals(List.of(new TextSpan(0, 33)), merged);
    List<TextSpan> kept = BratReader.BratDocument.normalise(text, List.of(new TextSpan(34, 36), new TextSpan(0, 33)));
    assertEquals(2, kept.size(), "a gap with words in it stays a gap");
  }

  @Test
  void offsetsCountCodePointsAsBratDoes() {
    // 😀 is one code point but two Java chars: brat's offset 2 is Java offset 3.
    String text = "😀 Bob said hi.";
    String ann = "T1\tSource 2 5\tBob\nT2\tCue 6 10\tsaid\nT3\tContent 11 14\thi.\nT4\tAttribution 6 10\tsaid\n"
        + "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1";
    GoldAttribution g = BratReader.parse(ann, text).attributions(text).get(0);
    assertEquals("Bob", g.sourceText());
    assertEquals(new TextSpan(12, 15), g.content().get(0));
    assertEquals("hi.", TextSpan.slice(text, g.content()));
  }

  @Test
  void rejectsOffsetsOutsideTheText() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BratReader.parse("T1\tContent 0 99\tx", "short"));
    assertTrue(e.getMessage().contains("outside the text"), e.getMessage());
  }
}
