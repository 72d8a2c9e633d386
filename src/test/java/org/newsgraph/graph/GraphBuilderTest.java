package org.newsgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.storage.StorageLevel;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.AliasTable;
import org.newsgraph.tables.Tables;

/** Entity resolution and co-occurrence rules on hand-made rows (real Spark, no CoreNLP). */
class GraphBuilderTest {
  private final GraphFixture f = new GraphFixture();

  private void mention(String doc, int sentence, String text, String type, String canonical) {
    f.mention(doc, sentence, text, type, canonical);
  }

  private void quote(String doc, String id, int begin, int end, String speakerName, String speakerType) {
    f.quote(doc, id, begin, end, speakerName, speakerType);
  }

  private Map<String, Dataset<Row>> build(List<Row> docs, AliasTable aliases) {
    return f.build(docs, aliases);
  }

  private static Row doc(String id, String outlet, String date, int sentences) {
    return GraphFixture.doc(id, outlet, date, sentences);
  }

  private static Map<String, String> idByName(Map<String, Dataset<Row>> g) {
    return GraphFixture.idByName(g);
  }

  @Test
  void differentPeopleWithOneSurnameStayApartAndABareSurnameStaysAmbiguous() {
    mention("d1", 0, "Bashar Assad", "PERSON", "Bashar Assad");
    mention("d2", 0, "Hafez Assad", "PERSON", "Hafez Assad");
    mention("d3", 0, "Assad", "PERSON", "Assad");
    Map<String, String> ids = idByName(build(List.of(doc("d1", "a", "2017-01-01", 1), doc("d2", "a", "2017-01-02", 1),
        doc("d3", "a", "2017-01-03", 1)), AliasTable.empty()));
    assertNotEquals(ids.get("Bashar Assad"), ids.get("Hafez Assad"));
    assertNotEquals(ids.get("Assad"), ids.get("Bashar Assad"));
    assertNotEquals(ids.get("Assad"), ids.get("Hafez Assad"));
  }

  @Test
  void aSharedFirstNameOrSurnameJoinsTheCandidateWhoseCompanyTheArticleKeepsElseStaysApart() {
    // Two Melanias and two Assads; d5-d7 name only the short form, with the company of one candidate or none.
    // (A full name named once is no first-name candidate: d8 names Melania Knauss a second time.)
    mention("d1", 0, "Melania Trump", "PERSON", "Melania Trump");
    mention("d1", 0, "Donald Trump", "PERSON", "Donald Trump");
    mention("d2", 0, "Melania Trump", "PERSON", "Melania Trump");
    mention("d2", 0, "Donald Trump", "PERSON", "Donald Trump");
    mention("d3", 0, "Melania Knauss", "PERSON", "Melania Knauss");
    mention("d3", 0, "Bashar Assad", "PERSON", "Bashar Assad");
    mention("d3", 0, "Damascus", "LOCATION", "Damascus");
    mention("d4", 0, "Hafez Assad", "PERSON", "Hafez Assad");
    mention("d5", 0, "Melania", "PERSON", "Melania");
    mention("d5", 0, "Donald Trump", "PERSON", "Donald Trump");
    mention("d6", 0, "Assad", "PERSON", "Assad");
    mention("d6", 0, "Damascus", "LOCATION", "Damascus");
    mention("d7", 0, "Melania", "PERSON", "Melania");
    mention("d8", 0, "Melania Knauss", "PERSON", "Melania Knauss");
    Map<String, Dataset<Row>> g = build(GraphFixture.docs("d1", "d2", "d3", "d4", "d5", "d6", "d7", "d8"),
        AliasTable.empty());
    Map<String, String> byDoc = new java.util.HashMap<>();
    for (Row r : g.get(Tables.MENTIONS).select("doc_id", "text", "entity_id").collectAsList()) {
      byDoc.put(r.getString(0) + "/" + r.getString(1), r.getString(2));
    }
    assertEquals(byDoc.get("d1/Melania Trump"), byDoc.get("d5/Melania"), "a first name, by the company of Donald Trump");
    assertEquals(byDoc.get("d3/Bashar Assad"), byDoc.get("d6/Assad"), "a surname, by the company of Damascus");
    assertNotEquals(byDoc.get("d1/Melania Trump"), byDoc.get("d7/Melania"), "no company: never by the name alone");
    assertNotEquals(byDoc.get("d3/Melania Knauss"), byDoc.get("d7/Melania"));
  }

  @Test
  void aBareSurnameJoinsTheOnlyFullNameWithIt() {
    mention("d1", 0, "Sergey Lavrov", "PERSON", "Sergey Lavrov");
    mention("d2", 0, "Sergei Lavrov", "PERSON", "Sergei Lavrov");
    mention("d3", 0, "Lavrov", "PERSON", "Lavrov");
    Map<String, Dataset<Row>> g = build(List.of(doc("d1", "a", "2017-01-01", 1), doc("d2", "b", "2017-02-01", 1),
        doc("d3", "a", "2017-03-01", 1)), AliasTable.empty());
    Map<String, String> ids = idByName(g);
    assertEquals(ids.get("Sergey Lavrov"), ids.get("Sergei Lavrov"));
    assertEquals(ids.get("Sergey Lavrov"), ids.get("Lavrov"));
    Row e = g.get(Tables.ENTITIES).first();
    assertEquals(1, g.get(Tables.ENTITIES).count());
    assertEquals(3L, e.<Long>getAs("mention_count"));
    assertEquals(3L, e.<Long>getAs("article_count"));
    assertEquals("2017-01-01", e.getAs("first_date").toString());
    assertEquals("2017-03-01", e.getAs("last_date").toString());
    assertEquals(List.of("a", "b"), e.getList(e.fieldIndex("outlets")));
  }

  @Test
  void typesDifferentOnlyByNerErrorsMergeUnderTheMajorityType() {
    mention("d1", 0, "Raqqa", "LOCATION", "Raqqa");
    mention("d1", 1, "Raqqah", "LOCATION", "Raqqah");
    mention("d2", 0, "Raqqa", "PERSON", "Raqqa");
    Map<String, Dataset<Row>> g = build(List.of(doc("d1", "a", "2017-01-01", 2), doc("d2", "a", "2017-01-01", 1)),
        AliasTable.empty());
    assertEquals(1, g.get(Tables.ENTITIES).count());
    assertEquals("LOCATION", g.get(Tables.ENTITIES).first().getAs("type"));
  }

  @Test
  void pairsAreOrderedWithoutSelfPairsAndNpmiIsComputedPerScope() {
    // d1: s0 {A,B}, s1 {A}; d2: s0 {A}, s1 {C}; d3: s0 {B,C}. Sentences in all: 2 + 2 + 1 = 5.
    mention("d1", 0, "Alpha Corp", "ORGANIZATION", "Alpha Corp");
    mention("d1", 0, "Beta Corp", "ORGANIZATION", "Beta Corp");
    mention("d1", 1, "Alpha Corp", "ORGANIZATION", "Alpha Corp");
    mention("d2", 0, "Alpha Corp", "ORGANIZATION", "Alpha Corp");
    mention("d2", 1, "Gamma Corp", "ORGANIZATION", "Gamma Corp");
    mention("d3", 0, "Beta Corp", "ORGANIZATION", "Beta Corp");
    mention("d3", 0, "Gamma Corp", "ORGANIZATION", "Gamma Corp");
    Map<String, Dataset<Row>> g = build(List.of(doc("d1", "x", "2017-01-10", 2), doc("d2", "y", "2017-02-10", 2),
        doc("d3", "x", "2017-02-20", 1)), AliasTable.empty());
    List<Row> rows = g.get(Tables.COOCCURRENCES).collectAsList();
    for (Row r : rows) {
      assertTrue(r.<String>getAs("entity_a").compareTo(r.getAs("entity_b")) < 0, "ordered, no self pair: " + r);
    }
    assertEquals(rows.size(), g.get(Tables.COOCCURRENCES).select("entity_a", "entity_b", "scope").distinct().count());
    Row ab = rows.stream().filter(r -> r.getAs("scope").equals("sentence")
        && (r.<String>getAs("name_a") + r.<String>getAs("name_b")).matches("(Alpha CorpBeta Corp|Beta CorpAlpha Corp)")).findFirst().orElseThrow();
    assertEquals(1L, ab.<Long>getAs("count"));
    // p(a,b) = 1/5, p(Alpha) = 3/5 (d1 s0, d1 s1, d2 s0), p(Beta) = 2/5: log((1/5)/(6/25)) / -log(1/5)
    double expected = Math.log((1.0 / 5) / ((3.0 / 5) * (2.0 / 5))) / -Math.log(1.0 / 5);
    assertEquals(expected, ab.<Double>getAs("npmi"), 1e-9);
    Row docAG = rows.stream().filter(r -> r.getAs("scope").equals("document")
        && (r.<String>getAs("name_a") + r.<String>getAs("name_b")).matches("(Alpha CorpGamma Corp|Gamma CorpAlpha Corp)")).findFirst().orElseThrow();
    assertEquals(1L, docAG.<Long>getAs("articles"));
    assertEquals(2, g.get(Tables.COOCCURRENCE_SLICES).where("scope = 'document'").select("outlet").distinct().count());
  }

  @Test
  void quotesGetTheirSpeakersEntityAndLinkToTheEntitiesInsideThem() {
    mention("d1", 0, "Sergey Lavrov", "PERSON", "Sergey Lavrov"); // begin 0
    mention("d1", 1, "Syria", "LOCATION", "Syria"); // 10
    mention("d1", 1, "Lavrov", "PERSON", "Sergey Lavrov"); // 20
    mention("d1", 2, "Syrie", "LOCATION", "Syria"); // 30, outside both quotes
    mention("d2", 0, "Syria", "LOCATION", "Syria"); // 40
    quote("d1", "q1", 5, 26, "Sergey Lavrov", "PERSON");
    quote("d1", "q1", 5, 26, "Sergey Lavrov", "PERSON"); // a repeated row counts once
    quote("d1", "q2", 5, 26, "a source", null);
    quote("d2", "q3", 35, 50, "Sergey Lavrov", "PERSON");
    Map<String, Dataset<Row>> g = build(List.of(doc("d1", "a", "2017-01-01", 3), doc("d2", "a", "2017-01-02", 1)),
        AliasTable.empty());
    Map<String, String> ids = idByName(g);
    Map<String, Object> speakers = new java.util.HashMap<>();
    for (Row r : g.get(Tables.QUOTES).collectAsList()) {
      speakers.put(r.getAs("quote_id"), r.getAs("speaker_entity_id"));
    }
    assertEquals(ids.get("Sergey Lavrov"), speakers.get("q1"));
    assertEquals(null, speakers.get("q2"), "a description is no entity");
    assertEquals(ids.get("Sergey Lavrov"), speakers.get("q3"), "a speaker not mentioned in the article");
    List<Row> edges = g.get(Tables.QUOTE_EDGES).collectAsList();
    assertEquals(1, edges.size(), "the speaker's own mention inside the quote is no edge: " + edges);
    Row e = edges.get(0);
    assertEquals("Sergey Lavrov", e.getAs("speaker_name"));
    assertEquals("Syria", e.getAs("name"));
    assertEquals(2L, e.<Long>getAs("quotes"));
    assertEquals(2L, e.<Long>getAs("articles"));
    Row syria = g.get(Tables.ENTITIES).where("name = 'Syria'").first();
    assertEquals("[[Syria,2], [Syrie,1]]", syria.getList(syria.fieldIndex("aliases")).toString(),
        "aliases by count, most used first");
    assertEquals(3L, syria.<Long>getAs("mention_count"));
  }

  @Test
  void aMentionWithoutTypeOrSentenceFromAHandEditedTableIsKeptAsMisc() {
    f.mentionRows.add(RowFactory.create("d1", "d1-0", null, 0, 5, "Tartus", null, "O", null, null));
    mention("d1", 0, "Latakia", "LOCATION", "Latakia");
    Map<String, Dataset<Row>> g = build(List.of(doc("d1", "a", "2017-01-01", 1)), AliasTable.empty());
    assertEquals(2, g.get(Tables.MENTIONS).count());
    assertEquals("MISC", g.get(Tables.ENTITIES).where("name = 'Tartus'").first().getAs("type"));
    assertEquals(1, g.get(Tables.COOCCURRENCES).count(), "the pair counts for the article, not for a sentence");
  }

  @Test
  void copiesOfOneStoryCountOnceInStoriesAndInTheDefaultNpmi() {
    String wire = "Wire\n\nGovernment forces shelled the eastern districts of Aleppo on Tuesday, killing at least twelve "
        + "civilians, the Syrian Observatory for Human Rights said, adding that the toll was likely to rise.";
    String other = "Other\n\nThe foreign ministers met in Geneva to discuss a ceasefire that neither side has agreed to "
        + "so far, diplomats said after the talks ended late in the evening.";
    for (String d : List.of("copy1", "copy2")) {
      mention(d, 0, "Aleppo", "LOCATION", "Aleppo");
      mention(d, 0, "Syrian Observatory for Human Rights", "ORGANIZATION", "Syrian Observatory for Human Rights");
    }
    mention("solo", 0, "Aleppo", "LOCATION", "Aleppo");
    mention("none", 0, "Geneva", "LOCATION", "Geneva");
    List<Row> docs = List.of(GraphFixture.doc("copy1", "a", "2017-01-01", 1, wire),
        GraphFixture.doc("copy2", "b", "2017-01-02", 1, wire.replace("Wire", "Retitled")),
        GraphFixture.doc("solo", "a", "2017-01-03", 1, other.replace("Geneva", "Vienna")),
        GraphFixture.doc("none", "a", "2017-01-04", 1, "Unrelated\n\nA football match was played in Geneva today."));
    Map<String, Dataset<Row>> byStory = f.build(docs, GraphSettings.of(AliasTable.empty()));
    Row pair = byStory.get(Tables.COOCCURRENCES).where("scope = 'document'").first();
    assertEquals(2L, pair.<Long>getAs("articles"));
    assertEquals(1L, pair.<Long>getAs("stories"));
    Row aleppo = byStory.get(Tables.ENTITIES).where("name = 'Aleppo'").first();
    assertEquals(3L, aleppo.<Long>getAs("article_count"));
    assertEquals(2L, aleppo.<Long>getAs("story_count"));
    // 3 stories; Aleppo in 2, the observatory in 1, both in 1: npmi = ln((1/3) / (2/3 * 1/3)) / -ln(1/3)
    assertEquals(Math.log(1.5) / Math.log(3), pair.<Double>getAs("npmi"), 1e-9);
    Map<String, Dataset<Row>> byArticle = f.build(docs, new GraphSettings(AliasTable.empty(), false,
        GraphSettings.NpmiUnits.ARTICLES));
    // 4 articles; Aleppo in 3, the observatory in 2, both in 2: npmi = ln((2/4) / (3/4 * 2/4)) / -ln(2/4)
    assertEquals(Math.log(4.0 / 3) / Math.log(2), byArticle.get(Tables.COOCCURRENCES).where("scope = 'document'")
        .first().<Double>getAs("npmi"), 1e-9);
    Row slice = byStory.get(Tables.COOCCURRENCE_SLICES).where("scope = 'document' AND outlet = 'b'").first();
    assertEquals(1L, slice.<Long>getAs("stories"));
    // A rebuild keeps the stories the run published (found with its own thresholds): here it kept the copies apart.
    Map<String, Dataset<Row>> rebuilt = f.buildWithStories(docs, Map.of("copy1", "copy1", "copy2", "copy2",
        "solo", "solo", "none", "none"), GraphSettings.of(AliasTable.empty()));
    assertEquals(2L, rebuilt.get(Tables.COOCCURRENCES).where("scope = 'document'").first().<Long>getAs("stories"));
    assertEquals(3L, rebuilt.get(Tables.ENTITIES).where("name = 'Aleppo'").first().<Long>getAs("story_count"));
  }

  @Test
  void closingTheGraphReleasesWhatTheBuilderCached() {
    mention("d1", 0, "Sergey Lavrov", "PERSON", "Sergey Lavrov");
    mention("d2", 0, "Lavrov", "PERSON", "Lavrov");
    GraphTables g = f.graph(List.of(doc("d1", "a", "2017-01-01", 1), doc("d2", "a", "2017-01-02", 1)),
        GraphSettings.of(AliasTable.empty()));
    assertFalse(g.cached().isEmpty());
    try (g) {
      assertEquals(1, g.table(Tables.ENTITIES).count());
      g.cached().forEach(d -> assertNotEquals(StorageLevel.NONE(), d.storageLevel(), "cached while the tables are read"));
    }
    g.cached().forEach(d -> assertEquals(StorageLevel.NONE(), d.storageLevel(), "released on close"));
  }
}
