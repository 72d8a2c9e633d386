package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.QuoteSpan;

class QuoteScoresTest {
  private static final double EPS = 1e-9;

  @Test
  void overlapIsIntersectionOverTheLongerOfTheTwo() {
    List<TextSpan> gold = List.of(new TextSpan(0, 10), new TextSpan(20, 30));
    assertEquals(1.0, SpanMatcher.overlap(0, 10, List.of(new TextSpan(0, 10))), EPS);
    assertEquals(20.0 / 30, SpanMatcher.overlap(0, 30, gold), EPS, "covering both pieces and the gap");
    assertEquals(10.0 / 20, SpanMatcher.overlap(0, 10, gold), EPS, "one piece of a split quote");
    assertEquals(5.0 / 20, SpanMatcher.overlap(5, 10, List.of(new TextSpan(0, 20))), EPS, "too short");
    assertEquals(10.0 / 40, SpanMatcher.overlap(0, 40, List.of(new TextSpan(0, 10))), EPS, "too long");
    assertEquals(0.0, SpanMatcher.overlap(10, 20, List.of(new TextSpan(0, 10))), EPS);
  }

  @Test
  void matchingIsGreedyOneToOneByHighestOverlap() {
    List<GoldAttribution> gold = List.of(gold(0, 100, null), gold(100, 200, null));
    List<QuoteSpan> preds = List.of(pred("indirect", 50, 150, null, null), pred("indirect", 0, 100, null, null));
    SpanMatcher.Match[] m = SpanMatcher.match(preds, gold);
    assertEquals(1, m[0].prediction());
    assertEquals(1.0, m[0].overlap(), EPS);
    assertEquals(0, m[1].prediction());
    assertEquals(0.5, m[1].overlap(), EPS);
    assertNull(SpanMatcher.match(List.of(preds.get(1)), gold)[1]);
  }

  @Test
  void precisionRecallAndF1PerSubsetAndThreshold() {
    String a = "“" + "a".repeat(48) + "”";
    String b = "b".repeat(100);
    String c = "c".repeat(100);
    String text = a + " Ann said. Bob said " + b + ". Polls show " + c + ". " + "z".repeat(60);
    int ia = 0;
    int ib = text.indexOf(b);
    int ic = text.indexOf(c);
    int iz = text.indexOf("zzz");
    int ann = text.indexOf("Ann");
    int bob = text.indexOf("Bob");
    List<GoldAttribution> gold = List.of(
        new GoldAttribution("E1", List.of(new TextSpan(ia, 50)), List.of(), "said",
            List.of(new TextSpan(ann, ann + 3)), "Ann"),
        new GoldAttribution("E2", List.of(new TextSpan(ib, ib + 100)), List.of(), "said",
            List.of(new TextSpan(bob, bob + 3)), "Bob"),
        new GoldAttribution("E3", List.of(new TextSpan(ic, ic + 100)), List.of(), "show", List.of(), null));
    List<QuoteSpan> preds = List.of(
        pred("direct", 0, 50, "Ann", ann),                   // exact: TP everywhere, right speaker
        pred("indirect", ib, ib + 60, "Ann Smith", null),   // overlap 0.6: TP at 0.3 only, wrong speaker
        pred("indirect", ic, ic + 100, null, null),         // a non-speech attribution: ignored in SPEECH
        pred("direct", iz, iz + 20, null, null),            // overlaps nothing: FP
        pred("direct", 10, 50, null, null));                // overlap 0.8 with A, but A is taken: FP
    QuoteScores s = new QuoteScores();
    s.add(text, gold, preds);

    check(s.counts(GoldSubset.ALL, 0), 3, 3, 2, 0, 0.6, 1.0, 0.75);
    check(s.counts(GoldSubset.ALL, 1), 3, 2, 3, 0, 0.4, 2.0 / 3, 0.5);
    check(s.counts(GoldSubset.SPEECH, 0), 2, 2, 2, 1, 0.5, 1.0, 2.0 / 3);
    check(s.counts(GoldSubset.SPEECH, 1), 2, 1, 3, 1, 0.25, 0.5, 1.0 / 3);
    check(s.counts(GoldSubset.DIRECT, 0), 1, 1, 2, 0, 1.0 / 3, 1.0, 0.5);
    check(s.counts(GoldSubset.DIRECT, 1), 1, 1, 2, 0, 1.0 / 3, 1.0, 0.5);

    assertEquals(2, s.speakerCorrect(GoldSubset.ALL));
    assertEquals(3, s.speakerTotal(GoldSubset.ALL));
    assertEquals(1, s.speakerCorrect(GoldSubset.SPEECH));
    assertEquals(2, s.speakerTotal(GoldSubset.SPEECH));
    assertEquals(1, s.speakerCorrect(GoldSubset.DIRECT));
    assertEquals(1, s.speakerTotal(GoldSubset.DIRECT));

    s.add(text, gold, List.of());
    check(s.counts(GoldSubset.ALL, 0), 6, 3, 2, 0, 0.6, 0.5, 6.0 / 11);
    assertTrue(s.table().contains("ALL       0.3      6      3      2      0   0.600   0.500   0.545"), s.table());
  }

  @Test
  void speakerRules() {
    GoldAttribution chaffetz = new GoldAttribution("E1", List.of(new TextSpan(0, 10)), List.of(), "said",
        List.of(new TextSpan(50, 93)), "panel Chairman Rep. Jason Chaffetz (R-Utah)");
    assertTrue(SpeakerCheck.correct(pred("direct", 0, 10, "Jason Chaffetz", null), chaffetz), "gold last word");
    assertTrue(SpeakerCheck.correct(pred("direct", 0, 10, "the chairman", 60), chaffetz), "span overlap");
    assertFalse(SpeakerCheck.correct(pred("direct", 0, 10, "Utah", null), chaffetz), "(R-Utah) is no word");
    assertFalse(SpeakerCheck.correct(pred("direct", 0, 10, null, null), chaffetz));

    GoldAttribution campaign = new GoldAttribution("E2", List.of(new TextSpan(0, 10)), List.of(), "said",
        List.of(new TextSpan(50, 66)), "Clinton campaign");
    assertTrue(SpeakerCheck.correct(pred("direct", 0, 10, "Hillary Clinton", null), campaign), "name's last word");
    assertFalse(SpeakerCheck.correct(pred("direct", 0, 10, "Donald Trump", null), campaign));

    GoldAttribution none = gold(0, 10, null);
    assertTrue(SpeakerCheck.correct(pred("direct", 0, 10, null, null), none));
    assertFalse(SpeakerCheck.correct(pred("direct", 0, 10, "Trump", null), none));
    assertEquals(List.of("rep", "jason", "chaffetz"), SpeakerCheck.words("Rep. Jason Chaffetz (R-Utah)"));
  }

  private static void check(QuoteScores.Counts c, int gold, int tp, int fp, int ignored, double p, double r,
                            double f1) {
    assertEquals(gold, c.gold(), "gold " + c);
    assertEquals(tp, c.truePositives(), "TP " + c);
    assertEquals(fp, c.falsePositives(), "FP " + c);
    assertEquals(ignored, c.ignored(), "ignored " + c);
    assertEquals(p, c.precision(), EPS, "P " + c);
    assertEquals(r, c.recall(), EPS, "R " + c);
    assertEquals(f1, c.f1(), EPS, "F1 " + c);
  }

  private static GoldAttribution gold(int b, int e, String source) {
    return new GoldAttribution("E", List.of(new TextSpan(b, e)), List.of(), "said", List.of(), source);
  }

  /** A prediction whose speaker (if any) is also its speakerName; speakerAt places the speaker's span. */
  private static QuoteSpan pred(String kind, int b, int e, String speaker, Integer speakerAt) {
    return new QuoteSpan(kind, b, e, "", 0, null, null, null, speaker, speakerAt,
        speakerAt == null ? null : speakerAt + speaker.length(), speaker, null);
  }
}
