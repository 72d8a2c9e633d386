package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.QuoteSpan;

/** The speaker-resolution judge and the gold file it reads. */
class ReferentCheckTest {
  private static SpeakerGold.Line line(String referent, String type) {
    boolean named = !type.equals("NONE");
    return new SpeakerGold.Line("dev", "doc", 0, 2, "he", "said", 10, 20, "pronoun", referent, type, named, "m");
  }

  @Test
  void aPersonIsNamedByFullNameSurnameOrTitleButNotByARelative() {
    SpeakerGold.Line hillary = line("Hillary Clinton", "PERSON");
    assertTrue(ReferentCheck.names("Hillary Clinton", hillary));
    assertTrue(ReferentCheck.names("Clinton", hillary));
    assertTrue(ReferentCheck.names("Mrs. Clinton", hillary));
    assertTrue(ReferentCheck.names("Hillary Rodham Clinton", line("Hillary Rodham Clinton", "PERSON")));
    assertFalse(ReferentCheck.names("Bill Clinton", hillary));
    assertTrue(ReferentCheck.names("Donald J. Trump", line("Donald Trump", "PERSON")), "initials");
    assertTrue(ReferentCheck.names("Admiral Harry Harris", line("Harry B. Harris Jr.", "PERSON")), "a title");
    assertFalse(ReferentCheck.names("Hillary", hillary), "a first name alone is not the surname");
    assertFalse(ReferentCheck.names("Donald Trump", hillary));
    assertFalse(ReferentCheck.names(null, hillary));
    assertFalse(ReferentCheck.names("he", hillary));
  }

  @Test
  void anOrganisationIsNamedByItsWordsOrItsAcronymButNotByAModifier() {
    SpeakerGold.Line post = line("The Washington Post", "ORGANIZATION");
    assertTrue(ReferentCheck.names("Washington Post", post));
    assertTrue(ReferentCheck.names("the Washington Post's", post));
    assertFalse(ReferentCheck.names("Washington", post), "the head word 'Post' is missing");
    SpeakerGold.Line campaign = line("Trump campaign", "ORGANIZATION");
    assertFalse(ReferentCheck.names("Trump", campaign));
    assertTrue(ReferentCheck.names("the Trump campaign", campaign));
    assertTrue(ReferentCheck.names("FBI", line("Federal Bureau of Investigation", "ORGANIZATION")));
    assertFalse(ReferentCheck.names("CIA", line("Federal Bureau of Investigation", "ORGANIZATION")));
  }

  @Test
  void aGroupNeedsEveryPartAndAnUnnamedSpeakerMustStayADescription() {
    SpeakerGold.Line both = line("Donald Trump + Hillary Clinton", "GROUP");
    assertFalse(ReferentCheck.names("Donald Trump", both));
    assertTrue(ReferentCheck.names("Donald Trump and Hillary Clinton", both));
    SpeakerGold.Line nobody = line("", "NONE");
    assertTrue(ReferentCheck.names(null, nobody));
    assertTrue(ReferentCheck.names("a source", nobody));
    assertTrue(ReferentCheck.names("officials", nobody));
    assertFalse(ReferentCheck.names("Donald Trump", nobody));
    SpeakerGold.Line democrats = new SpeakerGold.Line("dev", "d", 40, 54, "many Democrats", "said", 60, 80,
        "description", "", "NONE", false, "p");
    QuoteSpan kept = new QuoteSpan("indirect", 60, 80, "x".repeat(20), 1, "said", 55, 59, "many Democrats", 40, 54,
        "many Democrats", null);
    assertTrue(ReferentCheck.correct(kept, democrats), "the gold's own description, unresolved");
    QuoteSpan elsewhere = new QuoteSpan("indirect", 60, 80, "x".repeat(20), 1, "said", 55, 59, "Grayson", 10, 17,
        "Grayson", "PERSON");
    assertFalse(ReferentCheck.correct(elsewhere, democrats), "a name found elsewhere is no description");
  }

  @Test
  void resolutionIsScoredOnTheQuoteMatchedToTheLabelledAttribution() {
    String text = "Jane Roe spoke. She said taxes rise. Officials said rates fall.";
    GoldAttribution she = new GoldAttribution("E1", List.of(new TextSpan(25, 36)), List.of(new TextSpan(20, 24)),
        "said", List.of(new TextSpan(16, 19)), "She");
    GoldAttribution officials = new GoldAttribution("E2", List.of(new TextSpan(52, 63)),
        List.of(new TextSpan(47, 51)), "said", List.of(new TextSpan(37, 46)), "Officials");
    SpeakerGold.Line sheLine = new SpeakerGold.Line("dev", "d", 16, 19, "She", "said", 25, 36, "pronoun", "Jane Roe",
        "PERSON", true, "f");
    SpeakerGold.Line officialsLine = new SpeakerGold.Line("dev", "d", 37, 46, "Officials", "said", 52, 63,
        "description", "", "NONE", false, "p");
    QuoteSpan resolved = new QuoteSpan("indirect", 25, 36, text.substring(25, 36), 1, "said", 20,
        24, "She", 16, 19, "Jane Roe", "PERSON");
    QuoteSpan wrong = new QuoteSpan("indirect", 52, 63, text.substring(52, 63), 2, "said", 47,
        51, "Officials", 37, 46, "Jane Roe", "PERSON");
    ResolutionScores scores = new ResolutionScores(null);
    scores.add("d", List.of(she, officials), List.of(sheLine, officialsLine), List.of(resolved, wrong));
    assertEquals(List.of(2, 2, 1), toList(scores.counts("all", "all")));
    ResolutionScores missed = new ResolutionScores(null);
    missed.add("d", List.of(she, officials), List.of(sheLine, officialsLine), List.of(resolved));
    assertEquals(List.of(2, 1, 1), toList(missed.counts("all", "all")), "a line with no matched quote is wrong");
  }

  private static List<Integer> toList(int[] a) {
    return java.util.Arrays.stream(a).boxed().toList();
  }

  @Test
  void theGoldFileReadsWithItsDocumentedHeldOutPart() throws Exception {
    List<SpeakerGold.Line> lines = SpeakerGold.read(Path.of("docs/gold/speakers.tsv"));
    assertEquals(424, lines.size());
    assertEquals(144, lines.stream().filter(SpeakerGold.Line::heldOut).count(), "docs/gold/SPEAKERS.md");
    assertEquals(291, lines.stream().filter(SpeakerGold.Line::named).count());
  }
}
