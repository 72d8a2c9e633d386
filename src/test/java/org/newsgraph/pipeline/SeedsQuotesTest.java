package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.newsgraph.SeedsRun;
import org.newsgraph.tables.Tables;

/** The quotes table on seeds/, checked against who said what in the articles. */
class SeedsQuotesTest {

  private static List<Row> quotesOfSeed(String seed) {
    Row doc = SeedsRun.table(Tables.DOCUMENTS).where("source LIKE '%/" + seed + "\\_%'").first();
    return SeedsRun.table(Tables.QUOTES).where("doc_id = '" + doc.getAs("doc_id") + "'").orderBy("begin").collectAsList();
  }

  private static Row quoteContaining(List<Row> quotes, String fragment) {
    return quotes.stream().filter(q -> q.<String>getAs("text").contains(fragment)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote with '" + fragment + "' among " + quotes));
  }

  @Test
  void seed001DillonAndBali() {
    List<Row> qs = quotesOfSeed("001");
    Row dillon = quoteContaining(qs, "We may not always fully agree with our partners");
    assertEquals("direct", dillon.getAs("kind"));
    assertEquals("Ryan Dillon", dillon.getAs("speaker_name"));
    Row bali = quoteContaining(qs, "Last night, the final batch of fighters");
    assertEquals("direct", bali.getAs("kind"));
    assertEquals("Mostafa Bali", bali.getAs("speaker_name"));
    assertEquals("PERSON", bali.getAs("speaker_type"));
    assertEquals("said", bali.getAs("cue"));
  }

  @Test
  void seed000BothLavrovQuotesResolveToSergeyLavrov() {
    List<Row> qs = quotesOfSeed("000");
    Row first = quoteContaining(qs, "Soon after this information was made public");
    assertEquals("Lavrov", first.getAs("speaker"));
    assertEquals("Sergey Lavrov", first.getAs("speaker_name"));
    Row second = quoteContaining(qs, "As you know, Russian air forces spotted");
    assertEquals("he", second.getAs("speaker"));
    assertEquals("Sergey Lavrov", second.getAs("speaker_name"));
    Row indirect = quoteContaining(qs, "Russia's Defense Ministry confirmed the information");
    assertEquals("indirect", indirect.getAs("kind"));
    assertEquals("Sergey Lavrov", indirect.getAs("speaker_name"));
  }

  @Test
  void seed002MinistryStatementsResolveToTheMinistryNeverAPlace() {
    List<Row> qs = quotesOfSeed("002");
    int ministry = 0;
    for (Row q : qs) {
      String name = q.getAs("speaker_name");
      assertTrue(name == null || !List.of("Raqqa", "MOSCOW", "Moscow", "Syria").contains(name), q.toString());
      if ("Russian Defense Ministry".equals(name)) {
        ministry++;
        assertEquals("ORGANIZATION", q.getAs("speaker_type"));
      }
    }
    assertTrue(ministry >= 5, "ministry statements attributed: " + ministry + " of " + qs);
    assertEquals("Russian Defense Ministry", quoteContaining(qs, "ISIL militants continue to cross").getAs("speaker_name"));
    assertEquals("Russian Defense Ministry", quoteContaining(qs, "The command of the Russian grouping").getAs("speaker_name"));
    assertEquals("it", quoteContaining(qs, "The command of the Russian grouping").getAs("speaker"));
  }

  @Test
  void seed003RepeatedQuoteAppearsOnce() {
    List<Row> qs = quotesOfSeed("003");
    List<Row> factions = qs.stream().filter(q -> q.<String>getAs("text").contains("The factions completely reject")).toList();
    assertEquals(1, factions.size());
    assertEquals("\"The factions completely reject any exit, this is surrender.\"", factions.get(0).getAs("text"));
    assertEquals("Zakaria Malahifji", factions.get(0).getAs("speaker_name"));
  }

  @Test
  void scareQuotedCaliphateIsNotAQuoteWithASpeaker() {
    for (Row q : quotesOfSeed("001")) {
      String text = q.getAs("text");
      assertTrue(!text.strip().equals("caliphate") && !(text.contains("caliphate") && "direct".equals(q.getAs("kind"))), q.toString());
    }
  }

  @Test
  void quoteOffsetsSliceTheCleanedText() {
    List<Row> docs = SeedsRun.table(Tables.DOCUMENTS).collectAsList();
    for (Row q : SeedsRun.table(Tables.QUOTES).collectAsList()) {
      String text = docs.stream().filter(d -> d.getAs("doc_id").equals(q.getAs("doc_id"))).findFirst().orElseThrow().getAs("text");
      assertEquals(q.getAs("text"), text.substring(q.<Integer>getAs("begin"), q.<Integer>getAs("end")));
      if (q.getAs("speaker_begin") != null) {
        assertEquals(q.getAs("speaker"), text.substring(q.<Integer>getAs("speaker_begin"), q.<Integer>getAs("speaker_end")));
      }
    }
  }
}
