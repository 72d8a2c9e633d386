package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.newsgraph.SeedsRun;
import org.newsgraph.graph.GraphBuilder;
import org.newsgraph.graph.GraphSettings;
import org.newsgraph.graph.GraphTables;
import org.newsgraph.nlp.AliasTable;
import org.newsgraph.tables.Tables;

/** Entities and co-occurrences on seeds/, against what a reader sees in the articles. */
class SeedsEntitiesTest {

  private static Set<String> entityIdsOf(String... surfaceForms) {
    String in = java.util.Arrays.stream(surfaceForms).map(s -> "'" + s + "'").collect(Collectors.joining(","));
    return SeedsRun.table(Tables.MENTIONS).where("text IN (" + in + ")").select("entity_id").distinct()
        .collectAsList().stream().map(r -> r.getString(0)).collect(Collectors.toSet());
  }

  private static Set<String> formsSeen(String... surfaceForms) {
    String in = java.util.Arrays.stream(surfaceForms).map(s -> "'" + s + "'").collect(Collectors.joining(","));
    return SeedsRun.table(Tables.MENTIONS).where("text IN (" + in + ")").select("text").distinct()
        .collectAsList().stream().map(r -> r.getString(0)).collect(Collectors.toSet());
  }

  @Test
  void theThreeLavrovFormsAreOneEntity() {
    assertEquals(Set.of("Sergey Lavrov", "Sergei Lavrov", "Lavrov"), formsSeen("Sergey Lavrov", "Sergei Lavrov", "Lavrov"));
    assertEquals(1, entityIdsOf("Sergey Lavrov", "Sergei Lavrov", "Lavrov").size());
    Row e = SeedsRun.table(Tables.ENTITIES).where("name = 'Sergey Lavrov'").first();
    assertEquals("PERSON", e.getAs("type"));
    assertEquals(2L, e.<Long>getAs("article_count"));
  }

  @Test
  void islamicStateNamesAreOneEntityThroughAUsersAliasList() {
    assertEquals(Set.of("ISIS", "ISIL", "Daesh"), formsSeen("ISIS", "ISIL", "Daesh"));
    assertTrue(entityIdsOf("ISIS", "ISIL", "Daesh").size() > 1, "names no rule can tie: the builtin list knows no actors");
    var spark = org.newsgraph.TestSpark.session();
    try (GraphTables g = GraphBuilder.build(spark, SeedsRun.table(Tables.DOCUMENTS).where("status = 'ok'"),
        SeedsRun.table(Tables.MENTIONS), SeedsRun.table(Tables.QUOTES),
        GraphSettings.of(AliasTable.load(List.of(AliasTable.BUILTIN, "docs/examples/syria-aliases.csv"))))) {
      List<Row> ids = g.table(Tables.MENTIONS).where("text IN ('ISIS', 'ISIL', 'Daesh')").select("entity_id")
          .distinct().collectAsList();
      assertEquals(1, ids.size());
      Row e = g.table(Tables.ENTITIES).where("entity_id = '" + ids.get(0).<String>getAs("entity_id") + "'").first();
      assertEquals("Islamic State", e.getAs("name"));
      assertEquals("ORGANIZATION", e.getAs("type"));
    }
  }

  @Test
  void raqqaAndRaqqahAreOneEntity() {
    assertEquals(Set.of("Raqqa", "Raqqah"), formsSeen("Raqqa", "Raqqah"));
    assertEquals(1, entityIdsOf("Raqqa", "Raqqah").size());
  }

  @Test
  void lavrovAndRaqqaCoOccurInSeed000() {
    String lavrov = entityIdsOf("Sergey Lavrov").iterator().next();
    String raqqa = entityIdsOf("Raqqa").iterator().next();
    String a = lavrov.compareTo(raqqa) < 0 ? lavrov : raqqa;
    String b = a.equals(lavrov) ? raqqa : lavrov;
    List<Row> rows = SeedsRun.table(Tables.COOCCURRENCES)
        .where("entity_a = '" + a + "' AND entity_b = '" + b + "'").collectAsList();
    Row doc = rows.stream().filter(r -> r.getAs("scope").equals("document")).findFirst().orElseThrow();
    // Seed 000 is the only article naming both (seed 003 names Sergei Lavrov but not Raqqa).
    assertEquals(1L, doc.<Long>getAs("articles"));
    assertEquals(1L, doc.<Long>getAs("count"));
    assertEquals("2017-06-01", doc.getAs("first_date").toString());
    // Same sentence twice in seed 000: "... withdraw from Raqqa ..., Sergey Lavrov said Wednesday." and
    // "\"... ISIS militants exited Raqqa ...,\" Lavrov told reporters in Moscow."
    Row sentence = rows.stream().filter(r -> r.getAs("scope").equals("sentence")).findFirst().orElseThrow();
    assertEquals(2L, sentence.<Long>getAs("count"));
  }

  @Test
  void noSelfPairsAndNoReversedDuplicates() {
    var co = SeedsRun.table(Tables.COOCCURRENCES);
    assertEquals(0, co.where("entity_a >= entity_b").count());
    assertEquals(co.count(), co.select("entity_a", "entity_b", "scope").distinct().count());
  }

  @Test
  void quotesCarryTheSpeakersEntityAndQuoteEdgesLinkThem() {
    String lavrov = entityIdsOf("Sergey Lavrov").iterator().next();
    List<Row> lavrovQuotes = SeedsRun.table(Tables.QUOTES).where("speaker_name = 'Sergey Lavrov'").collectAsList();
    assertTrue(lavrovQuotes.size() >= 3);
    for (Row q : lavrovQuotes) {
      assertEquals(lavrov, q.getAs("speaker_entity_id"));
    }
    List<String> talkedAbout = SeedsRun.table(Tables.QUOTE_EDGES).where("speaker_entity_id = '" + lavrov + "'")
        .collectAsList().stream().map(r -> r.<String>getAs("name")).toList();
    // "... ISIS militants exited Raqqa ...," Lavrov told reporters in Moscow.
    assertTrue(talkedAbout.contains("Raqqa") && talkedAbout.contains("ISIS"), talkedAbout.toString());
  }
}
