package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** One type per name in an article, by CRF confidence, context cues and the gazetteer prior. */
class MentionTypesTest {
  private static MentionSpan at(String text, String mention, int occurrence, String type, double confidence) {
    int b = -1;
    for (int i = 0; i <= occurrence; i++) {
      b = text.indexOf(mention, b + 1);
    }
    return new MentionSpan(0, b, b + mention.length(), mention, type, type, confidence, null);
  }

  private static List<String> types(String text, List<MentionSpan> ms) {
    return MentionTypes.repair(text, ms, AliasTable.empty()).stream().map(MentionSpan::type).toList();
  }

  @Test
  void aPlaceCueRetypesEveryMentionOfTheName() {
    String t = "Deir Ezzor was shelled. Fighting in Deir Ezzor went on, and Deir Ezzor fell.";
    List<MentionSpan> ms = List.of(at(t, "Deir Ezzor", 0, "PERSON", 0.9), at(t, "Deir Ezzor", 1, "PERSON", 0.8),
        at(t, "Deir Ezzor", 2, "LOCATION", 0.6));
    assertEquals(List.of("LOCATION", "LOCATION", "LOCATION"), types(t, ms));
  }

  @Test
  void anOrganisationCueRetypesAGroup() {
    String t = "Ahrar al-Sham fighters attacked.";
    assertEquals(List.of("ORGANIZATION"), types(t, List.of(at(t, "Ahrar al-Sham", 0, "PERSON", 0.9))));
  }

  @Test
  void aNamesHeadWordGivesItsType() {
    String t = "The Clinton Foundation paid. Jaish al-Islam said. The Golan Heights.";
    assertEquals(List.of("ORGANIZATION", "ORGANIZATION", "LOCATION"), types(t, List.of(at(t, "Clinton Foundation", 0, "PERSON", 0.9),
        at(t, "Jaish al-Islam", 0, "PERSON", 0.9), at(t, "Golan Heights", 0, "PERSON", 0.7))));
  }

  @Test
  void aPersonNamedInsideAnotherNounPhraseKeepsItsType() {
    String t = "Officials in the Obama administration and in Assad's government said.";
    assertEquals(List.of("PERSON", "PERSON"), types(t, List.of(at(t, "Obama", 0, "PERSON", 0.9),
        at(t, "Assad", 0, "PERSON", 0.9))));
  }

  @Test
  void withoutCuesTheMostConfidentTypeWinsForEveryMention() {
    String t = "Raqqa fell. Raqqa was taken.";
    assertEquals(List.of("LOCATION", "LOCATION"), types(t, List.of(at(t, "Raqqa", 0, "ORGANIZATION", 0.55),
        at(t, "Raqqa", 1, "LOCATION", 0.99))));
  }

  @Test
  void theGazetteerIsAPriorThatAConfidentTaggerOutvotes() {
    String t = "Aleppo said. Jordan said.";
    assertEquals(List.of("LOCATION", "PERSON"), types(t, List.of(at(t, "Aleppo", 0, "PERSON", 0.4),
        at(t, "Jordan", 0, "PERSON", 0.95))));
  }

  @Test
  void aGroupNounBeforeAndMembersAfterMakeAnOrganisation() {
    String t = "The Shia militia Hizballah said. Hizballah members died.";
    assertEquals(List.of("ORGANIZATION", "ORGANIZATION"), types(t, List.of(at(t, "Hizballah", 0, "PERSON", 0.9),
        at(t, "Hizballah", 1, "PERSON", 0.9))));
  }

  @Test
  void theSurnameOfAPersonNamedInFullIsAPersonUnlessItsContextSaysOtherwise() {
    String t = "Donald Trump spoke. Trump’s rise went on. Rally in Washington. George Washington. Washington fell.";
    assertEquals(List.of("PERSON", "PERSON", "LOCATION", "PERSON", "LOCATION"), types(t, List.of(
        at(t, "Donald Trump", 0, "PERSON", 0.99), at(t, "Trump", 1, "LOCATION", 0.7),
        at(t, "Washington", 0, "LOCATION", 0.9), at(t, "George Washington", 0, "PERSON", 0.9),
        at(t, "Washington", 2, "LOCATION", 0.9))));
  }

  @Test
  void theFirstWordOfAnOrganisationNamedInFullIsThatOrganisationUnlessAPersonHasItAsSurname() {
    String t = "Fox News said. Fox reported. Hillary Clinton and the Clinton Foundation. Clinton said. "
        + "The European Union met European leaders.";
    List<MentionSpan> ms = new java.util.ArrayList<>(List.of(at(t, "Fox News", 0, "ORGANIZATION", 0.9),
        at(t, "Fox", 1, "PERSON", 0.8), at(t, "Hillary Clinton", 0, "PERSON", 0.99),
        at(t, "Clinton Foundation", 0, "ORGANIZATION", 0.9), at(t, "Clinton", 2, "PERSON", 0.9),
        at(t, "European Union", 0, "ORGANIZATION", 0.9)));
    int b = t.indexOf("European leaders");
    ms.add(new MentionSpan(0, b, b + 8, "European", "MISC", "NATIONALITY", 0.9, null));
    assertEquals(List.of("ORGANIZATION", "ORGANIZATION", "PERSON", "ORGANIZATION", "PERSON", "ORGANIZATION", "MISC"),
        types(t, ms), "an adjective opening a name stays an adjective");
  }
}
