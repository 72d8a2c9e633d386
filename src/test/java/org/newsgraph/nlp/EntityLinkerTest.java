package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class EntityLinkerTest {
  /** Mentions at the first occurrence after {@code from} of each surface form, in order. */
  private static List<MentionSpan> mentions(String text, String[][] spans) {
    List<MentionSpan> out = new ArrayList<>();
    int from = 0;
    for (String[] s : spans) {
      int b = text.indexOf(s[0], from);
      out.add(new MentionSpan(0, b, b + s[0].length(), s[0], s[1], s.length > 2 ? s[2] : s[1], null, null));
      from = b + 1;
    }
    return out;
  }

  @Test
  void theNamesListedAfterAlsoKnownAsLinkToTheNameTheyFollow() {
    String t = "Strikes on the Islamic State, also known as ISIS or ISIL, went on. ISIL lost ground, and ISIS fled. "
        + "Damascus, also known as the city of jasmine, was calm. Daesh lost its last town.";
    List<MentionSpan> linked = EntityLinker.link(t, mentions(t, new String[][] {{"Islamic State", "ORGANIZATION"},
        {"ISIS", "ORGANIZATION"}, {"ISIL", "ORGANIZATION"}, {"ISIL", "ORGANIZATION"}, {"ISIS", "ORGANIZATION"},
        {"Damascus", "LOCATION"}, {"Daesh", "ORGANIZATION"}}));
    assertEquals(List.of("Islamic State", "Islamic State", "Islamic State", "Islamic State", "Islamic State", "Damascus",
        "Daesh"), linked.stream().map(MentionSpan::canonical).toList());
  }

  @Test
  void theListAfterAlsoKnownAsEndsAtItsLastNameAndAtAPerson() {
    String t = "To destroy the Islamic State, also known as ISIS or ISIL, Trump hewed to Obama's plan. Trump spoke. "
        + "The group, also known as Daesh, Obama said, lost ground.";
    List<MentionSpan> linked = EntityLinker.link(t, mentions(t, new String[][] {{"Islamic State", "ORGANIZATION"},
        {"ISIS", "ORGANIZATION"}, {"ISIL", "ORGANIZATION"}, {"Trump", "ORGANIZATION"}, {"Obama", "PERSON"},
        {"Trump", "PERSON"}, {"Daesh", "ORGANIZATION"}, {"Obama", "PERSON"}}));
    assertEquals(List.of("Islamic State", "Islamic State", "Islamic State", "Trump", "Obama", "Trump", "Daesh", "Obama"),
        linked.stream().map(MentionSpan::canonical).toList());
  }

  @Test
  void namesInBracketsAfterAGroupAreItsOtherNamesButACreditLineIsNot() {
    String t = "Raids hit ISIL (Daesh) positions. Daesh fled.";
    assertEquals(List.of("ISIL", "ISIL", "ISIL"), EntityLinker.link(t, mentions(t, new String[][] {
        {"ISIL", "ORGANIZATION"}, {"Daesh", "ORGANIZATION"}, {"Daesh", "ORGANIZATION"}})).stream()
        .map(MentionSpan::canonical).toList());
    t = "Planes hit the Islamic State (ISIS, ISIL and Daesh) camps.";
    assertEquals(List.of("Islamic State", "Islamic State", "Islamic State", "Islamic State"), EntityLinker.link(t,
        mentions(t, new String[][] {{"Islamic State", "ORGANIZATION"}, {"ISIS", "ORGANIZATION"}, {"ISIL", "ORGANIZATION"},
            {"Daesh", "ORGANIZATION"}})).stream().map(MentionSpan::canonical).toList());
    t = "Fighters of Hezbollah (AFP). AFP reported more. Hamas (Reuters) - Reuters said. Jaish (Damascus) fought.";
    assertEquals(List.of("Hezbollah", "AFP", "AFP", "Hamas", "Reuters", "Reuters", "Jaish", "Damascus"),
        EntityLinker.link(t, mentions(t, new String[][] {{"Hezbollah", "ORGANIZATION"}, {"AFP", "ORGANIZATION"},
            {"AFP", "ORGANIZATION"}, {"Hamas", "ORGANIZATION"}, {"Reuters", "ORGANIZATION"}, {"Reuters", "ORGANIZATION"},
            {"Jaish", "ORGANIZATION"}, {"Damascus", "LOCATION"}})).stream().map(MentionSpan::canonical).toList());
  }

  @Test
  void aBracketedAcronymThatStartsWithTheNamesInitialsAbbreviatesIt() {
    assertEquals(true, EntityLinker.spells("IS", "ISIS"));
    assertEquals(true, EntityLinker.spells("FSA", "FSA"));
    assertEquals(false, EntityLinker.spells("D", "DW"));
    assertEquals(false, EntityLinker.spells("SA", "AFP"));
    String t = "Strikes on the Islamic State (ISIS) went on. ISIS lost ground.";
    List<MentionSpan> linked = EntityLinker.link(t, mentions(t, new String[][] {{"Islamic State", "ORGANIZATION"},
        {"ISIS", "ORGANIZATION"}, {"ISIS", "ORGANIZATION"}}));
    assertEquals(List.of("Islamic State", "Islamic State", "Islamic State"), linked.stream().map(MentionSpan::canonical).toList());
  }

  @Test
  void aSpanThatRunsANameTogetherWithAnotherIsNoFullFormOfIt() {
    String t = "Tags Daesh Rami Abdel Rahman Deir. Rami Abdel Rahman said Daesh lost. The Kurdish YPG advanced and "
        + "the Kurdish fighters of the YPG held. The Russian Defense Ministry said the Defense Ministry had proof. "
        + "The Syrian Observatory for Human Rights, which Human Rights Watch cites, said the Observatory counted. "
        + "In Washington the Washington Post said the Post had it. The Observatory for Human Rights (SOHR) agreed.";
    List<MentionSpan> linked = EntityLinker.link(t, mentions(t, new String[][] {
        {"Daesh Rami Abdel Rahman Deir", "ORGANIZATION"}, {"Rami Abdel Rahman", "PERSON"}, {"Daesh", "ORGANIZATION"},
        {"Kurdish YPG", "ORGANIZATION"}, {"Kurdish", "MISC", "NATIONALITY"}, {"YPG", "ORGANIZATION"},
        {"Russian Defense Ministry", "ORGANIZATION"}, {"Defense Ministry", "ORGANIZATION"},
        {"Syrian Observatory for Human Rights", "ORGANIZATION"}, {"Human Rights Watch", "ORGANIZATION"},
        {"Observatory", "ORGANIZATION"}, {"Washington", "LOCATION"}, {"Washington Post", "ORGANIZATION"},
        {"Post", "ORGANIZATION"}, {"Observatory for Human Rights", "ORGANIZATION"}, {"SOHR", "ORGANIZATION"}}));
    assertEquals(List.of("Daesh Rami Abdel Rahman Deir", "Rami Abdel Rahman", "Daesh", "Kurdish YPG", "Kurdish", "YPG",
        "Russian Defense Ministry", "Russian Defense Ministry", "Syrian Observatory for Human Rights", "Human Rights Watch",
        "Syrian Observatory for Human Rights", "Washington", "Washington Post", "Washington Post",
        "Syrian Observatory for Human Rights", "SOHR"), linked.stream().map(MentionSpan::canonical).toList());
  }

  @Test
  void surnameLinksToTheFullNameBeforeIt() {
    String t = "Russian Foreign Minister Sergey Lavrov said. Lavrov added.";
    List<MentionSpan> linked = EntityLinker.link(t, mentions(t, new String[][] {{"Sergey Lavrov", "PERSON"}, {"Lavrov", "PERSON"}}));
    assertEquals("Sergey Lavrov", linked.get(1).canonical());
  }

  @Test
  void aFirstNameLinksToTheOnlyFullNameStartingWithIt() {
    String t = "Hillary Clinton and Jeb Bush spoke. Later Hillary said more, and Jeb agreed.";
    List<MentionSpan> linked = EntityLinker.link(t, mentions(t, new String[][] {{"Hillary Clinton", "PERSON"},
        {"Jeb Bush", "PERSON"}, {"Hillary", "PERSON"}, {"Jeb", "PERSON"}}));
    assertEquals("Hillary Clinton", linked.get(2).canonical());
    assertEquals("Jeb Bush", linked.get(3).canonical());
  }

  @Test
  void anHonorificsGenderRulesOutTheOtherClinton() {
    String t = "Hillary Clinton thanked Bill Clinton. Mrs. Clinton said, and Mr. Clinton nodded.";
    List<MentionSpan> spans = new ArrayList<>(mentions(t, new String[][] {{"Hillary Clinton", "PERSON"}, {"Bill Clinton", "PERSON"}}));
    for (String honorific : new String[] {"Mrs. ", "Mr. "}) {
      int b = t.indexOf(honorific + "Clinton") + honorific.length();
      spans.add(new MentionSpan(0, b, b + 7, "Clinton", "PERSON", "PERSON", null, null));
    }
    List<MentionSpan> linked = EntityLinker.link(t, spans);
    assertEquals("Hillary Clinton", linked.get(2).canonical(), "the nearest before is Bill, but she is Mrs. Clinton");
    assertEquals("Bill Clinton", linked.get(3).canonical());
  }

  @Test
  void anHonorificTaggedInsideTheMentionRulesOutTheOtherGenderToo() {
    String t = "Donald Trump spoke. Donald Trump left. Ms. Trump said she felt fine.";
    List<MentionSpan> linked = EntityLinker.link(t, mentions(t, new String[][] {{"Donald Trump", "PERSON"},
        {"Donald Trump", "PERSON"}, {"Ms. Trump", "PERSON"}}));
    assertEquals("Ms. Trump", linked.get(2).canonical());
  }

  @Test
  void aSurnameLinksToTheFullNameTheArticleNamesMost() {
    String t = "Hillary Clinton spoke. Hillary Clinton, wife of Bill Clinton, said. Clinton added.";
    List<MentionSpan> spans = new ArrayList<>(mentions(t, new String[][] {{"Hillary Clinton", "PERSON"},
        {"Hillary Clinton", "PERSON"}, {"Bill Clinton", "PERSON"}}));
    int b = t.indexOf("Clinton added");
    spans.add(new MentionSpan(0, b, b + 7, "Clinton", "PERSON", "PERSON", null, null));
    List<MentionSpan> linked = EntityLinker.link(t, spans);
    assertEquals("Hillary Clinton", linked.get(3).canonical(), "Bill is nearer, Hillary is the subject");
  }

  @Test
  void acronymLinksToTheNameSpelledOutBesideIt() {
    String t = "The Syrian Democratic Forces (SDF) advanced. The SDF said.";
    List<MentionSpan> linked = EntityLinker.link(t, mentions(t, new String[][] {
        {"Syrian Democratic Forces", "ORGANIZATION"}, {"SDF", "ORGANIZATION"}, {"SDF", "ORGANIZATION"}}));
    assertEquals("Syrian Democratic Forces", linked.get(1).canonical());
    assertEquals("Syrian Democratic Forces", linked.get(2).canonical());
  }

  @Test
  void twoFullNamesWithOneSurnameLinkToTheNearestBefore() {
    String t = "Hafez Assad ruled until 2000. Bashar Assad succeeded him. Assad said.";
    List<MentionSpan> linked = EntityLinker.link(t, mentions(t, new String[][] {
        {"Hafez Assad", "PERSON"}, {"Bashar Assad", "PERSON"}, {"Assad", "PERSON"}}));
    assertEquals("Hafez Assad", linked.get(0).canonical());
    assertEquals("Bashar Assad", linked.get(2).canonical());
  }

  @Test
  void nationalityPrefixCompletesAnOrganisation() {
    String t = "the Russian Defense Ministry said. The Defense Ministry added.";
    List<MentionSpan> linked = EntityLinker.link(t, mentions(t, new String[][] {
        {"Russian", "MISC", "NATIONALITY"}, {"Defense Ministry", "ORGANIZATION"}, {"Defense Ministry", "ORGANIZATION"}}));
    assertEquals("Russian Defense Ministry", linked.get(2).canonical());
  }

  @Test
  void aShortFormLinksToANameWithAQualifier() {
    String t = "The Syrian Observatory for Human Rights said. The Observatory added.";
    List<MentionSpan> linked = EntityLinker.link(t, mentions(t, new String[][] {
        {"Syrian Observatory for Human Rights", "ORGANIZATION"}, {"Observatory", "ORGANIZATION"}}));
    assertEquals("Syrian Observatory for Human Rights", linked.get(1).canonical());
  }

  @Test
  void placesAreNotExtended() {
    String t = "New York and York.";
    List<MentionSpan> linked = EntityLinker.link(t, mentions(t, new String[][] {{"New York", "LOCATION"}, {"York", "LOCATION"}}));
    assertEquals("York", linked.get(1).canonical());
  }
}
