package org.newsgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.AliasTable;
import org.newsgraph.tables.Tables;

/** The archive-level merge rules on hand-made rows, with real Spark: each rule, and the look-alikes it must keep apart. */
class ArchiveMergesTest {
  private final GraphFixture f = new GraphFixture();

  private Map<String, String> ids(String... docs) {
    return GraphFixture.idByName(f.build(GraphFixture.docs(docs), AliasTable.empty()));
  }

  @Test
  void transliterationsOfAPlaceJoinButLookAlikesStayApart() {
    f.mention("d1", 0, "Deir Ezzor", "LOCATION", "Deir Ezzor");
    f.mention("d1", 0, "Deir Ezzor", "LOCATION", "Deir Ezzor");
    f.mention("d2", 0, "Deir ez-Zor", "LOCATION", "Deir ez-Zor");
    f.mention("d3", 0, "Deir Ezour", "LOCATION", "Deir Ezour");
    f.mention("d3", 0, "Deir az-Zour", "LOCATION", "Deir az-Zour");
    f.mention("d1", 0, "Idlib", "LOCATION", "Idlib");
    f.mention("d2", 0, "Idleb", "LOCATION", "Idleb");
    f.mention("d1", 0, "Iran", "LOCATION", "Iran");
    f.mention("d2", 0, "Iraq", "LOCATION", "Iraq");
    f.mention("d1", 0, "Sudan", "LOCATION", "Sudan");
    f.mention("d2", 0, "Sidon", "LOCATION", "Sidon");
    f.mention("d1", 0, "Homs", "LOCATION", "Homs");
    f.mention("d2", 0, "Hama", "LOCATION", "Hama");
    f.mention("d1", 0, "East Ghouta", "LOCATION", "East Ghouta");
    f.mention("d2", 0, "West Ghouta", "LOCATION", "West Ghouta");
    Map<String, String> id = ids("d1", "d2", "d3");
    assertEquals(id.get("Deir Ezzor"), id.get("Deir ez-Zor"));
    assertEquals(id.get("Deir Ezzor"), id.get("Deir Ezour"));
    assertEquals(id.get("Deir Ezzor"), id.get("Deir az-Zour"));
    assertEquals(id.get("Idlib"), id.get("Idleb"));
    assertNotEquals(id.get("Iran"), id.get("Iraq"));
    assertNotEquals(id.get("Sudan"), id.get("Sidon"));
    assertNotEquals(id.get("Homs"), id.get("Hama"));
    assertNotEquals(id.get("East Ghouta"), id.get("West Ghouta"));
  }

  @Test
  void organisationVariantsJoinByOneLetterWithTheSameInitialsOnly() {
    f.mention("d1", 0, "Free Syrian Army", "ORGANIZATION", "Free Syrian Army");
    f.mention("d1", 0, "Free Syrian Army", "ORGANIZATION", "Free Syrian Army");
    f.mention("d2", 0, "Free Syria Army", "ORGANIZATION", "Free Syria Army");
    f.mention("d2", 0, "Syrian Arab Army", "ORGANIZATION", "Syrian Arab Army");
    f.mention("d1", 0, "Jaish al-Islam", "ORGANIZATION", "Jaish al-Islam");
    f.mention("d2", 0, "Jaysh al-Islam", "ORGANIZATION", "Jaysh al-Islam");
    f.mention("d2", 0, "Jaish al-Fatah", "ORGANIZATION", "Jaish al-Fatah");
    f.mention("d1", 0, "Hezbollah", "ORGANIZATION", "Hezbollah");
    f.mention("d2", 0, "Hizballah", "ORGANIZATION", "Hizballah");
    Map<String, String> id = ids("d1", "d2");
    assertEquals(id.get("Free Syrian Army"), id.get("Free Syria Army"));
    assertNotEquals(id.get("Free Syrian Army"), id.get("Syrian Arab Army"));
    assertEquals(id.get("Jaish al-Islam"), id.get("Jaysh al-Islam"));
    assertNotEquals(id.get("Jaish al-Islam"), id.get("Jaish al-Fatah"));
    assertEquals(id.get("Hezbollah"), id.get("Hizballah"));
  }

  @Test
  void peopleDoNotJoinOnVowelDifferences() {
    f.mention("d1", 0, "Hassan Nasrallah", "PERSON", "Hassan Nasrallah");
    f.mention("d2", 0, "Hussein Nasrallah", "PERSON", "Hussein Nasrallah");
    Map<String, String> id = ids("d1", "d2");
    assertNotEquals(id.get("Hassan Nasrallah"), id.get("Hussein Nasrallah"));
  }

  @Test
  void aMiddleNameJoinsTheShortFormOnlyWhenOneLongerNameReducesToIt() {
    f.mention("d1", 0, "Hillary Clinton", "PERSON", "Hillary Clinton");
    f.mention("d2", 0, "Hillary Rodham Clinton", "PERSON", "Hillary Rodham Clinton");
    f.mention("d1", 0, "George Bush", "PERSON", "George Bush");
    f.mention("d2", 0, "George W. Bush", "PERSON", "George W. Bush");
    f.mention("d3", 0, "George H. W. Bush", "PERSON", "George H. W. Bush");
    f.mention("d3", 0, "Mr. Obama", "PERSON", "Mr. Obama");
    f.mention("d2", 0, "Obama", "PERSON", "Obama");
    Map<String, String> id = ids("d1", "d2", "d3");
    assertEquals(id.get("Hillary Clinton"), id.get("Hillary Rodham Clinton"));
    assertNotEquals(id.get("George Bush"), id.get("George W. Bush"));
    assertNotEquals(id.get("George Bush"), id.get("George H. W. Bush"));
    assertNotEquals(id.get("George W. Bush"), id.get("George H. W. Bush"));
    assertEquals(id.get("Obama"), id.get("Mr. Obama"), "a title is no part of the key");
  }

  @Test
  void anAcronymJoinsTheExpansionTheArchiveDefinesAndOneNeverDefinedJoinsTheOnlyNameItSpells() {
    f.mention("d1", 0, "Free Syrian Army", "ORGANIZATION", "Free Syrian Army");
    f.mention("d1", 0, "FSA", "ORGANIZATION", "Free Syrian Army");
    f.mention("d2", 0, "FSA", "ORGANIZATION", "FSA");
    f.mention("d3", 0, "Syrian Observatory for Human Rights", "ORGANIZATION", "Syrian Observatory for Human Rights");
    f.mention("d4", 0, "Syrian Observatory for Human Rights", "ORGANIZATION", "Syrian Observatory for Human Rights");
    f.mention("d4", 0, "SOHR", "PERSON", "SOHR");
    f.mention("d1", 0, "Syrian Arab Army", "ORGANIZATION", "Syrian Arab Army");
    f.mention("d2", 0, "Syrian Arab Army", "ORGANIZATION", "Syrian Arab Army");
    f.mention("d3", 0, "Saudi Arabian Airlines", "ORGANIZATION", "Saudi Arabian Airlines");
    f.mention("d4", 0, "Saudi Arabian Airlines", "ORGANIZATION", "Saudi Arabian Airlines");
    f.mention("d4", 0, "SAA", "ORGANIZATION", "SAA");
    Map<String, String> id = ids("d1", "d2", "d3", "d4");
    assertEquals(id.get("Free Syrian Army"), id.get("FSA"));
    assertEquals(id.get("Syrian Observatory for Human Rights"), id.get("SOHR"));
    assertNotEquals(id.get("SAA"), id.get("Syrian Arab Army"), "two names spell SAA: left apart");
    assertNotEquals(id.get("SAA"), id.get("Saudi Arabian Airlines"));
  }

  @Test
  void aSpellingTheTaggerCallsAPersonJoinsAFarMoreFrequentGroupButNeverAnotherPerson() {
    for (String d : new String[] {"d1", "d2", "d3"}) {
      f.mention(d, 0, "Hezbollah", "ORGANIZATION", "Hezbollah");
      f.mention(d, 0, "Hussein", "PERSON", "Hussein");
    }
    f.mention("d4", 0, "Hizballah", "PERSON", "Hizballah");
    f.mention("d4", 0, "Hassan", "PERSON", "Hassan");
    f.mention("d4", 0, "Manbij", "LOCATION", "Manbij");
    f.mention("d5", 0, "Manbij", "LOCATION", "Manbij");
    f.mention("d5", 0, "Menbij", "PERSON", "Menbij");
    Map<String, String> id = ids("d1", "d2", "d3", "d4", "d5");
    assertEquals(id.get("Hezbollah"), id.get("Hizballah"));
    assertNotEquals(id.get("Hussein"), id.get("Hassan"));
    assertNotEquals(id.get("Manbij"), id.get("Menbij"), "two mentions are not three times as frequent as one");
  }

  @Test
  void aFullerFormThatHoldsTheAcronymIsNoDefinitionOfIt() {
    f.mention("d1", 0, "Syrian Arab News Agency", "ORGANIZATION", "Syrian Arab News Agency");
    f.mention("d1", 0, "SANA", "ORGANIZATION", "Syrian Arab News Agency");
    f.mention("d2", 0, "SANA", "ORGANIZATION", "Syria SANA");
    f.mention("d3", 0, "SANA", "ORGANIZATION", "Syrian SANA");
    f.mention("d4", 0, "Sana", "ORGANIZATION", "SANA");
    Map<String, String> id = ids("d1", "d2", "d3", "d4");
    assertEquals(id.get("Syrian Arab News Agency"), id.get("Sana"), "\"Syria SANA\" and \"Syrian SANA\" do not outvote the definition");
  }

  @Test
  void anApostropheStrippedPossessiveJoinsItsBaseOfTheSameType() {
    f.mention("d1", 0, "Syria", "LOCATION", "Syria");
    f.mention("d2", 0, "Syria", "LOCATION", "Syria");
    f.mention("d3", 0, "Syrias", "LOCATION", "Syrias");
    f.mention("d1", 0, "Hama", "LOCATION", "Hama");
    f.mention("d2", 0, "Hama", "LOCATION", "Hama");
    f.mention("d3", 0, "Hamas", "ORGANIZATION", "Hamas");
    Map<String, String> id = ids("d1", "d2", "d3");
    assertEquals(id.get("Syria"), id.get("Syrias"));
    assertNotEquals(id.get("Hama"), id.get("Hamas"));
  }

  @Test
  void possessivesJoinWhateverTheTaggerTypedThemButNotAnOrganisationOnAPlaceNorAOneWordPerson() {
    f.mention("d1", 0, "Donald Trump", "PERSON", "Donald Trump");
    f.mention("d2", 0, "Donald Trumps", "PERSON", "Donald Trumps");
    f.mention("d3", 0, "Donald Trumps", "PERSON", "Donald Trumps");
    f.mention("d1", 0, "Assad", "PERSON", "Assad");
    f.mention("d2", 0, "Assad", "PERSON", "Assad");
    f.mention("d3", 0, "Assads", "ORGANIZATION", "Assads");
    f.mention("d1", 0, "William", "PERSON", "William");
    f.mention("d2", 0, "William", "PERSON", "William");
    f.mention("d3", 0, "Williams", "PERSON", "Williams");
    Map<String, String> id = ids("d1", "d2", "d3");
    assertEquals(id.get("Donald Trump"), id.get("Donald Trumps"));
    assertEquals(id.get("Assad"), id.get("Assads"));
    assertNotEquals(id.get("William"), id.get("Williams"));
  }

  @Test
  void aShortNameTypedMiscOrPlaceJoinsAnOrganisationOnlyWhereItCan() {
    f.mention("d1", 0, "Jabhat al-Nusra", "ORGANIZATION", "Jabhat al-Nusra");
    f.mention("d1", 1, "Jabhat al-Nusra", "ORGANIZATION", "Jabhat al-Nusra");
    f.mention("d2", 0, "Nusra", "MISC", "Nusra");
    f.mention("d1", 0, "Syrian Observatory for Human Rights", "ORGANIZATION", "Syrian Observatory for Human Rights");
    f.mention("d1", 1, "Syrian Observatory for Human Rights", "ORGANIZATION", "Syrian Observatory for Human Rights");
    f.mention("d2", 0, "Observatory", "LOCATION", "Observatory");
    f.mention("d1", 0, "University of Damascus", "ORGANIZATION", "University of Damascus");
    f.mention("d2", 0, "Damascus", "LOCATION", "Damascus");
    Map<String, String> id = ids("d1", "d2");
    assertEquals(id.get("Jabhat al-Nusra"), id.get("Nusra"));
    assertEquals(id.get("Syrian Observatory for Human Rights"), id.get("Observatory"));
    assertNotEquals(id.get("University of Damascus"), id.get("Damascus"));
  }

  @Test
  void aShortOrganisationNameJoinsTheOnlyFullNameWithThatHead() {
    f.mention("d1", 0, "Syrian Observatory for Human Rights", "ORGANIZATION", "Syrian Observatory for Human Rights");
    f.mention("d1", 1, "Syrian Observatory for Human Rights", "ORGANIZATION", "Syrian Observatory for Human Rights");
    f.mention("d2", 0, "Observatory", "ORGANIZATION", "Observatory");
    f.mention("d1", 0, "Syrian Arab Army", "ORGANIZATION", "Syrian Arab Army");
    f.mention("d1", 1, "Syrian Arab Army", "ORGANIZATION", "Syrian Arab Army");
    f.mention("d2", 0, "Free Syrian Army", "ORGANIZATION", "Free Syrian Army");
    f.mention("d2", 1, "Free Syrian Army", "ORGANIZATION", "Free Syrian Army");
    f.mention("d3", 0, "Army", "ORGANIZATION", "Army");
    Map<String, Dataset<Row>> g = f.build(GraphFixture.docs("d1", "d2", "d3"), AliasTable.empty());
    Map<String, String> id = GraphFixture.idByName(g);
    assertEquals(id.get("Syrian Observatory for Human Rights"), id.get("Observatory"));
    assertNotEquals(id.get("Army"), id.get("Syrian Arab Army"));
    assertNotEquals(id.get("Army"), id.get("Free Syrian Army"));
    Row sohr = g.get(Tables.ENTITIES).where("entity_id = '" + id.get("Observatory") + "'").first();
    assertEquals("Syrian Observatory for Human Rights", sohr.getAs("name"));
  }

  @Test
  void aOneOffSpanIsNoCandidateAndAPartysShortNameJoinsItsFullName() {
    f.mention("d1", 0, "Jabhat al-Nusra", "ORGANIZATION", "Jabhat al-Nusra");
    f.mention("d1", 1, "Jabhat al-Nusra", "ORGANIZATION", "Jabhat al-Nusra");
    f.mention("d2", 0, "SANA al-Nusra", "ORGANIZATION", "SANA al-Nusra");
    f.mention("d3", 0, "Nusra", "ORGANIZATION", "Nusra");
    f.mention("d1", 0, "Labour Party", "ORGANIZATION", "Labour Party");
    f.mention("d2", 0, "Labour Party", "ORGANIZATION", "Labour Party");
    f.mention("d3", 0, "Labour", "ORGANIZATION", "Labour");
    f.mention("d1", 0, "Republican Party", "ORGANIZATION", "Republican Party");
    f.mention("d2", 0, "Republican Party", "ORGANIZATION", "Republican Party");
    f.mention("d3", 0, "Republican", "MISC", "Republican");
    f.mention("d1", 0, "Fox News", "ORGANIZATION", "Fox News");
    f.mention("d2", 0, "Fox News", "ORGANIZATION", "Fox News");
    f.mention("d1", 0, "Fox Sports", "ORGANIZATION", "Fox Sports");
    f.mention("d2", 0, "Fox Sports", "ORGANIZATION", "Fox Sports");
    f.mention("d3", 0, "Fox", "ORGANIZATION", "Fox");
    f.mention("d1", 0, "Green Party", "ORGANIZATION", "Green Party");
    f.mention("d2", 0, "Green Party", "ORGANIZATION", "Green Party");
    f.mention("d1", 0, "Green Movement", "ORGANIZATION", "Green Movement");
    f.mention("d2", 0, "Green Movement", "ORGANIZATION", "Green Movement");
    f.mention("d3", 0, "Green", "ORGANIZATION", "Green");
    Map<String, String> id = ids("d1", "d2", "d3");
    assertEquals(id.get("Jabhat al-Nusra"), id.get("Nusra"));
    assertEquals(id.get("Labour Party"), id.get("Labour"));
    assertNotEquals(id.get("Republican Party"), id.get("Republican"));
    // "Fox Sports" ends in no short-form head: "Fox" has one candidate. "Green" has two.
    assertEquals(id.get("Fox News"), id.get("Fox"));
    assertNotEquals(id.get("Green Party"), id.get("Green"));
    assertNotEquals(id.get("Green Movement"), id.get("Green"));
  }

  @Test
  void nationalityAdjectivesStayOutOfPairsUnlessAsked() {
    f.mention("d1", 0, "Syrian", "MISC", "NATIONALITY", "Syrian");
    f.mention("d1", 0, "Damascus", "LOCATION", "CITY", "Damascus");
    f.mention("d1", 0, "Aleppo", "LOCATION", "CITY", "Aleppo");
    var docs = GraphFixture.docs("d1");
    Map<String, Dataset<Row>> without = f.build(docs, GraphSettings.of(AliasTable.empty()));
    assertEquals(2, without.get(Tables.COOCCURRENCES).count(), "Damascus-Aleppo, sentence and document");
    assertEquals(1, without.get(Tables.ENTITIES).where("name = 'Syrian'").count(), "the entity row stays");
    Map<String, Dataset<Row>> with = f.build(docs, new GraphSettings(AliasTable.empty(), true));
    assertEquals(6, with.get(Tables.COOCCURRENCES).count());
  }
}
