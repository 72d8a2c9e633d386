package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Boundary repairs on sentences, with mentions placed where CoreNLP's CRF puts them. */
class MentionBoundsTest {
  private static MentionSpan at(String text, String mention, int occurrence, String type, String tag) {
    int b = -1;
    for (int i = 0; i <= occurrence; i++) {
      b = text.indexOf(mention, b + 1);
    }
    return new MentionSpan(0, b, b + mention.length(), mention, type, tag, 0.9, null);
  }

  private static List<String> texts(List<MentionSpan> ms) {
    List<String> out = new ArrayList<>();
    ms.forEach(m -> out.add(m.text() + "/" + m.type()));
    return out;
  }

  @Test
  void aSeatIsDroppedAnActorKeptWithoutItsSuffix() {
    String t = "The Britain-based monitor said US-led jets struck.";
    List<MentionSpan> ms = List.of(at(t, "Britain", 0, "LOCATION", "COUNTRY"), at(t, "US-led", 0, "MISC", "MISC"));
    assertEquals(List.of("US/MISC"), texts(MentionBounds.repair(t, ms)));
  }

  @Test
  void anArabicArticleBelongsToTheName() {
    String t = "Fighters linked to al-Qaeda and ad-Dawla.";
    List<MentionSpan> ms = List.of(at(t, "Qaeda", 0, "MISC", "MISC"), at(t, "Dawla", 0, "ORGANIZATION", "ORGANIZATION"));
    assertEquals(List.of("al-Qaeda/MISC", "ad-Dawla/ORGANIZATION"), texts(MentionBounds.repair(t, ms)));
  }

  @Test
  void aLowerCaseArticleAndTheWordAfterANameBelongToIt() {
    String t = "Shelling hit Deir ez-Zor, where Jaish al-Fateh fought Syrian al-Nusra. Bashar al-According to the monitor, "
        + "shells fell, according to SANA.";
    List<MentionSpan> ms = List.of(at(t, "Deir", 0, "PERSON", "PERSON"), at(t, "Jaish", 0, "PERSON", "PERSON"),
        at(t, "Fateh", 0, "ORGANIZATION", "ORGANIZATION"), at(t, "Syrian", 0, "MISC", "NATIONALITY"),
        at(t, "Nusra", 0, "ORGANIZATION", "ORGANIZATION"), at(t, "Bashar", 0, "PERSON", "PERSON"));
    assertEquals(List.of("Deir ez-Zor/PERSON", "Jaish al-Fateh/PERSON", "Syrian/MISC", "al-Nusra/ORGANIZATION",
        "Bashar/PERSON"), texts(MentionBounds.repair(t, ms)));
  }

  @Test
  void anAdjectiveBeforeAnOrganisationsHeadNamesTheOrganisation() {
    String t = "The Syrian Coalition and Islamic State fighters met the Syrian Army Kills. Syrian President Assad.";
    List<MentionSpan> ms = List.of(at(t, "Syrian", 0, "MISC", "NATIONALITY"), at(t, "Islamic", 0, "MISC", "IDEOLOGY"),
        at(t, "Syrian", 1, "MISC", "NATIONALITY"), at(t, "Syrian", 2, "MISC", "NATIONALITY"),
        at(t, "Assad", 0, "PERSON", "PERSON"));
    assertEquals(List.of("Syrian Coalition/ORGANIZATION", "Islamic State/ORGANIZATION", "Syrian Army/ORGANIZATION",
        "Syrian/MISC", "Assad/PERSON"), texts(MentionBounds.repair(t, ms)));
  }

  @Test
  void anOfficeTaggedWithItsHolderLeavesTheHolder() {
    String t = "UN Secretary-General Ban Ki-moon and UN Special Envoy for Syria Staffan de Mistura met the "
        + "Democratic National Committee Chair and the Foreign Minister Affairs Committee.";
    List<MentionSpan> ms = List.of(at(t, "UN Secretary-General Ban Ki-moon", 0, "MISC", "MISC"),
        at(t, "UN Special Envoy for Syria Staffan de Mistura", 0, "ORGANIZATION", "ORGANIZATION"),
        at(t, "Democratic National Committee Chair", 0, "ORGANIZATION", "ORGANIZATION"),
        at(t, "Foreign Minister Affairs Committee", 0, "ORGANIZATION", "ORGANIZATION"));
    assertEquals(List.of("Ban Ki-moon/PERSON", "Staffan de Mistura/PERSON", "Democratic National Committee Chair/ORGANIZATION",
        "Foreign Minister Affairs Committee/ORGANIZATION"),
        texts(MentionBounds.repair(t, ms)));
  }

  @Test
  void aRunOfPlacesBecomesOneMentionEach() {
    String t = "Tags USA Turkey Saudi Arabia. Strikes on Kafr Nabl and Idlib hit Kafr Nabl Idlib. The Washington Post. "
        + "Idlib Kafr Nabl won.";
    List<MentionSpan> ms = List.of(at(t, "USA Turkey Saudi Arabia", 0, "LOCATION", "LOCATION"),
        at(t, "Kafr Nabl", 0, "LOCATION", "CITY"), at(t, "Idlib", 0, "LOCATION", "CITY"),
        at(t, "Kafr Nabl Idlib", 0, "LOCATION", "LOCATION"), at(t, "Washington Post", 0, "ORGANIZATION", "ORGANIZATION"),
        at(t, "Idlib Kafr Nabl", 0, "ORGANIZATION", "ORGANIZATION"));
    assertEquals(List.of("USA/LOCATION", "Turkey/LOCATION", "Saudi Arabia/LOCATION", "Kafr Nabl/LOCATION", "Idlib/LOCATION",
        "Kafr Nabl/LOCATION", "Idlib/LOCATION", "Washington Post/ORGANIZATION", "Idlib Kafr Nabl/ORGANIZATION"),
        texts(MentionBounds.repair(t, ms)), "a club named by places stays whole");
  }

  @Test
  void aHeadBeforeForTheOrOfTheJoinsTheOrganisationNameToo() {
    String t = "The Organisation for the Prohibition of Chemical Weapons said. Leaders of the Free Syrian Army met.";
    List<MentionSpan> ms = List.of(at(t, "Prohibition of Chemical Weapons", 0, "ORGANIZATION", "ORGANIZATION"),
        at(t, "Free Syrian Army", 0, "ORGANIZATION", "ORGANIZATION"));
    assertEquals(List.of("Organisation for the Prohibition of Chemical Weapons/ORGANIZATION", "Free Syrian Army/ORGANIZATION"),
        texts(MentionBounds.repair(t, ms)));
  }

  @Test
  void aHeadBeforeForOrOfJoinsAnOrganisationNameButNotAnOfficeOrAPlace() {
    String t = "The Britain-based Syrian Observatory for Human Rights said. The President of Syria spoke. "
        + "The Ministry of Foreign Affairs said. Tens of ISIS fled.";
    List<MentionSpan> ms = List.of(at(t, "Syrian", 0, "MISC", "NATIONALITY"), at(t, "Human Rights", 0, "ORGANIZATION", "ORGANIZATION"),
        at(t, "Syria", 1, "LOCATION", "COUNTRY"), at(t, "Foreign Affairs", 0, "ORGANIZATION", "ORGANIZATION"),
        at(t, "ISIS", 0, "ORGANIZATION", "ORGANIZATION"));
    assertEquals(List.of("Syrian Observatory for Human Rights/ORGANIZATION", "Syria/LOCATION",
        "Ministry of Foreign Affairs/ORGANIZATION", "ISIS/ORGANIZATION"), texts(MentionBounds.repair(t, ms)));
  }

  @Test
  void aCountryRunTogetherWithAPlaceBecomesTwoMentions() {
    String t = "Strikes hit Syrias Idlib and Syrian Raqqa, near Raqqa. Saudi Arabia and the Syrian Democratic Forces. "
        + "Syrias Bashar al-Assad spoke.";
    List<MentionSpan> ms = List.of(at(t, "Syrias Idlib", 0, "LOCATION", "LOCATION"), at(t, "Syrian Raqqa", 0, "MISC", "MISC"),
        at(t, "Raqqa", 1, "LOCATION", "CITY"), at(t, "Saudi Arabia", 0, "LOCATION", "COUNTRY"),
        at(t, "Syrian Democratic Forces", 0, "ORGANIZATION", "ORGANIZATION"),
        at(t, "Syrias Bashar al-Assad", 0, "PERSON", "PERSON"));
    assertEquals(List.of("Syrias/LOCATION", "Idlib/LOCATION", "Syrian/MISC", "Raqqa/LOCATION", "Raqqa/LOCATION",
        "Saudi Arabia/LOCATION", "Syrian Democratic Forces/ORGANIZATION", "Syrias/LOCATION", "Bashar al-Assad/PERSON"),
        texts(MentionBounds.repair(t, ms)));
  }

  @Test
  void aCapitalisedArticleBeforeANameBelongsToIt() {
    String t = "Al Qaeda and the town of Al Bab, where al Nusra fought.";
    List<MentionSpan> ms = List.of(at(t, "Qaeda", 0, "ORGANIZATION", "ORGANIZATION"), at(t, "Bab", 0, "LOCATION", "LOCATION"),
        at(t, "Nusra", 0, "ORGANIZATION", "ORGANIZATION"));
    assertEquals(List.of("Al Qaeda/ORGANIZATION", "Al Bab/LOCATION", "al Nusra/ORGANIZATION"), texts(MentionBounds.repair(t, ms)));
  }

  @Test
  void headlineSpansAreCutToWhatTheBodyConfirms() {
    String t = "ISIS Terrorists Killed As Civilians Killed In Raids Near Aleppo\n\n"
        + "ISIS terrorists lost ground near Aleppo, where civilians were killed.";
    List<MentionSpan> ms = List.of(at(t, "ISIS Terrorists Killed", 0, "ORGANIZATION", "ORGANIZATION"),
        at(t, "Civilians Killed", 0, "MISC", "MISC"), at(t, "Aleppo", 0, "LOCATION", "CITY"),
        at(t, "ISIS", 1, "ORGANIZATION", "ORGANIZATION"));
    assertEquals(List.of("ISIS/ORGANIZATION", "Aleppo/LOCATION", "ISIS/ORGANIZATION"), texts(MentionBounds.repair(t, ms)));
  }

  @Test
  void aHeadlineRunIntoTheBodyIsCutToo() {
    String t = "Jaysh al-Islam fighters shelled the city. Related News Jaysh al-Islam Fires Rocket Shells On Damascus Homes "
        + "Free Syrian Army Captures Border Town. Rebels opened fires on a town, the Free Syrian Army said.";
    List<MentionSpan> ms = List.of(at(t, "Jaysh al-Islam", 0, "ORGANIZATION", "ORGANIZATION"),
        at(t, "Jaysh al-Islam Fires Rocket Shells", 0, "ORGANIZATION", "ORGANIZATION"),
        at(t, "Free Syrian Army", 0, "ORGANIZATION", "ORGANIZATION"), at(t, "Free Syrian Army", 1, "ORGANIZATION", "ORGANIZATION"));
    assertEquals(List.of("Jaysh al-Islam/ORGANIZATION", "Jaysh al-Islam/ORGANIZATION", "Free Syrian Army/ORGANIZATION",
        "Free Syrian Army/ORGANIZATION"), texts(MentionBounds.repair(t, ms)));
  }

  @Test
  void aHeadlineSpanBecomesTheNamesInsideItThatTheBodyTags() {
    String t = "Syrian Coalition Demands UN Action\n\nThe Syrian Coalition made new demands for action at the UN.";
    List<MentionSpan> ms = List.of(at(t, "Syrian Coalition Demands UN Action", 0, "ORGANIZATION", "ORGANIZATION"),
        at(t, "Syrian Coalition", 1, "ORGANIZATION", "ORGANIZATION"), at(t, "UN", 1, "ORGANIZATION", "ORGANIZATION"));
    assertEquals(List.of("Syrian Coalition/ORGANIZATION", "UN/ORGANIZATION", "Syrian Coalition/ORGANIZATION",
        "UN/ORGANIZATION"), texts(MentionBounds.repair(t, ms)));
  }

  @Test
  void aHeadlineNameTheBodySpellsOtherwiseIsKept() {
    String t = "Sergey Lavrov Holds Talks\n\nForeign Minister Sergei Lavrov held talks. Lavrov said the talks went well.";
    List<MentionSpan> ms = List.of(at(t, "Sergey Lavrov", 0, "PERSON", "PERSON"),
        at(t, "Sergei Lavrov", 0, "PERSON", "PERSON"), at(t, "Lavrov", 2, "PERSON", "PERSON"));
    assertEquals(List.of("Sergey Lavrov/PERSON", "Sergei Lavrov/PERSON", "Lavrov/PERSON"), texts(MentionBounds.repair(t, ms)));
  }

  @Test
  void aSentenceTitleIsLeftAlone() {
    String t = "IS made deal with Kurdish Militia to leave Raqqa\n\nThe deal was made.";
    List<MentionSpan> ms = List.of(at(t, "Kurdish Militia", 0, "ORGANIZATION", "ORGANIZATION"));
    assertEquals(List.of("Kurdish Militia/ORGANIZATION"), texts(MentionBounds.repair(t, ms)));
  }
  @Test
  void aHeadlineSpanIsCutBeforeTheVerbTheTaggerReadEvenWhenTheBodyNeverUsesIt() {
    String t = "Hillary Clinton Reassures House Democrats\n\nThe candidate Hillary Clinton met members of Congress.";
    List<MentionSpan> ms = List.of(at(t, "Hillary Clinton Reassures House", 0, "PERSON", "PERSON"),
        at(t, "Hillary Clinton", 1, "PERSON", "PERSON"));
    assertEquals(List.of("Hillary Clinton Reassures House/PERSON", "Hillary Clinton/PERSON"),
        texts(MentionBounds.repair(t, ms)), "without the tagger's verbs the span stays whole");
    assertEquals(List.of("Hillary Clinton/PERSON", "Hillary Clinton/PERSON"),
        texts(MentionBounds.repair(t, ms, verbsAt(t, "Reassures"))));
  }

  @Test
  void aHeadlineSpanNamedNowhereElseKeepsTheNameBeforeItsVerb() {
    String t = "Syrian Coalition Demands UN Action\n\nThe opposition body asked the UN for a vote.";
    List<MentionSpan> ms = List.of(at(t, "Syrian Coalition Demands UN Action", 0, "ORGANIZATION", "ORGANIZATION"),
        at(t, "UN", 1, "ORGANIZATION", "ORGANIZATION"));
    assertEquals(List.of("Syrian Coalition Demands UN Action/ORGANIZATION", "UN/ORGANIZATION"),
        texts(MentionBounds.repair(t, ms)));
    assertEquals(List.of("Syrian Coalition/ORGANIZATION", "UN/ORGANIZATION", "UN/ORGANIZATION"),
        texts(MentionBounds.repair(t, ms, verbsAt(t, "Demands"))), "the name after the verb is kept too");
    String common = "Policies Created Conditions\n\nNew policies were debated under these conditions.";
    assertEquals(List.of("Policies Created Conditions/ORGANIZATION"), texts(MentionBounds.repair(common,
        List.of(at(common, "Policies Created Conditions", 0, "ORGANIZATION", "ORGANIZATION")))));
    assertEquals(List.of(), texts(MentionBounds.repair(common,
        List.of(at(common, "Policies Created Conditions", 0, "ORGANIZATION", "ORGANIZATION")), verbsAt(common, "Created"))),
        "a span of common words and a verb names nobody");
  }

  private static java.util.BitSet verbsAt(String text, String word) {
    java.util.BitSet b = new java.util.BitSet();
    b.set(text.indexOf(word));
    return b;
  }

  @Test
  void aRunOfNamesTheArticleTagsAloneIsThoseNames() {
    String t = "Staffan de Mistura Southern Front. Envoy Staffan de Mistura met the Southern Front. Hillary Clinton "
        + "spoke. Hillary and Clinton. The Clinton Foundation and the Foundation. The Washington Post and the Post "
        + "in Washington. The United Nations Security Council, the United Nations and the Security Council.";
    List<MentionSpan> ms = List.of(at(t, "Staffan de Mistura Southern Front", 0, "ORGANIZATION", "ORGANIZATION"),
        at(t, "Staffan de Mistura", 1, "PERSON", "PERSON"), at(t, "Southern Front", 1, "ORGANIZATION", "ORGANIZATION"),
        at(t, "Hillary Clinton", 0, "PERSON", "PERSON"), at(t, "Hillary", 1, "PERSON", "PERSON"),
        at(t, "Clinton", 1, "PERSON", "PERSON"), at(t, "Clinton Foundation", 0, "ORGANIZATION", "ORGANIZATION"),
        at(t, "Foundation", 1, "ORGANIZATION", "ORGANIZATION"), at(t, "Washington Post", 0, "ORGANIZATION", "ORGANIZATION"),
        at(t, "Post", 1, "ORGANIZATION", "ORGANIZATION"), at(t, "Washington", 1, "LOCATION", "CITY"),
        at(t, "United Nations Security Council", 0, "ORGANIZATION", "ORGANIZATION"),
        at(t, "United Nations", 1, "ORGANIZATION", "ORGANIZATION"),
        at(t, "Security Council", 1, "ORGANIZATION", "ORGANIZATION"));
    assertEquals(List.of("Staffan de Mistura/PERSON", "Southern Front/ORGANIZATION", "Staffan de Mistura/PERSON",
        "Southern Front/ORGANIZATION", "Hillary Clinton/PERSON", "Hillary/PERSON", "Clinton/PERSON",
        "Clinton Foundation/ORGANIZATION", "Foundation/ORGANIZATION", "Washington Post/ORGANIZATION",
        "Post/ORGANIZATION", "Washington/LOCATION", "United Nations Security Council/ORGANIZATION",
        "United Nations/ORGANIZATION", "Security Council/ORGANIZATION"), texts(MentionBounds.repair(t, ms)));
  }
}
