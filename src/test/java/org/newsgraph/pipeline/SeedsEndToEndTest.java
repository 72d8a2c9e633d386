package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.newsgraph.SeedsRun;
import org.newsgraph.TestData;
import org.newsgraph.TestSpark;
import org.newsgraph.tables.Tables;

/** The job on seeds/, checked against facts a reader can verify in the articles. */
class SeedsEndToEndTest {

  private static Map<String, Row> documentsBySeed() {
    return SeedsRun.table(Tables.DOCUMENTS).collectAsList().stream().collect(Collectors.toMap(
        r -> r.<String>getAs("source").replaceAll(".*/(\\d{3})_[^/]*$", "$1"), r -> r));
  }

  private static List<Row> mentions(Row doc) {
    return SeedsRun.table(Tables.MENTIONS).where("doc_id = '" + doc.getAs("doc_id") + "'").collectAsList();
  }

  @Test
  void everySeedIsOkWithTitleAndText() {
    Map<String, Row> docs = documentsBySeed();
    assertEquals(List.of("000", "001", "002", "003", "004"), docs.keySet().stream().sorted().toList());
    for (Row d : docs.values()) {
      assertEquals("ok", d.getAs("status"), d.toString());
      String title = d.getAs("title");
      assertTrue(title != null && title.length() > 15 && !title.contains("\n"), title);
      assertTrue(d.<Integer>getAs("token_count") > 200);
      assertEquals(d.<String>getAs("text").length(), (int) d.<Integer>getAs("char_count"));
      assertEquals("en", d.getAs("language"));
    }
    assertEquals("ISIL militants leave Raqqa, cross Euphrates", docs.get("002").getAs("title"));
    assertEquals("presstv.ir", docs.get("001").getAs("outlet"));
    assertEquals("2017-10-15", docs.get("001").getAs("published_date").toString());
  }

  @Test
  void lavrovIsAPersonWhoseOffsetsSliceTheCleanedText() {
    Row doc = documentsBySeed().get("000");
    String text = doc.getAs("text");
    List<Row> lavrov = mentions(doc).stream().filter(m -> "Sergey Lavrov".equals(m.getAs("text"))).toList();
    assertEquals(1, lavrov.size());
    Row m = lavrov.get(0);
    assertEquals("PERSON", m.getAs("type"));
    assertEquals("Sergey Lavrov", text.substring(m.<Integer>getAs("begin"), m.<Integer>getAs("end")));
  }

  @Test
  void noMentionSpansABlankLineOrComesFromDroppedText() {
    for (Row doc : documentsBySeed().values()) {
      String text = doc.getAs("text");
      for (Row m : mentions(doc)) {
        String slice = text.substring(m.<Integer>getAs("begin"), m.<Integer>getAs("end"));
        assertEquals(m.getAs("text"), slice);
        assertFalse(slice.contains("\n"), slice);
      }
    }
    List<String> seed000 = mentions(documentsBySeed().get("000")).stream().map(m -> m.<String>getAs("text")).toList();
    for (String fromSeeAlso : List.of("Thailand", "Kenya", "Ashgabat", "Budapest", "Berdimuhamedov")) {
      assertFalse(seed000.contains(fromSeeAlso), fromSeeAlso + " comes from the See also list");
    }
    for (Row m : mentions(documentsBySeed().get("004"))) {
      assertFalse(m.<String>getAs("text").codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC));
    }
  }

  @Test
  void seed003RepeatedBlockIsAnnotatedOnce() {
    Row doc = documentsBySeed().get("003");
    long malahifji = mentions(doc).stream().filter(m -> "Zakaria Malahifji".equals(m.getAs("text"))).count();
    assertEquals(1, malahifji);
  }

  @Test
  void mentionIdsAreUniqueAndTypesAreNamedOnly() {
    var mentions = SeedsRun.table(Tables.MENTIONS);
    assertEquals(mentions.count(), mentions.select("mention_id").distinct().count());
    List<String> types = mentions.select("type").distinct().collectAsList().stream().map(r -> r.getString(0)).sorted().toList();
    assertTrue(List.of("LOCATION", "MISC", "ORGANIZATION", "PERSON").containsAll(types), types.toString());
  }

  @Test
  void rerunReplacesRowsInsteadOfDuplicatingThem() {
    RunSummary first = SeedsRun.summary();
    RunSummary again = org.newsgraph.jobs.NewsgraphJob.run(TestSpark.session(),
        SeedsRun.options(TestData.seeds(), SeedsRun.output()));
    assertEquals(first.rowsPerTable(), again.rowsPerTable());
    assertEquals(5, SeedsRun.table(Tables.DOCUMENTS).count());
  }
}
