package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestSpark;
import org.newsgraph.tables.RawSchema;
import org.newsgraph.tables.RowBuilder;

/** Articles of very different lengths end up in partitions with similar amounts of text, each exactly once. */
class SizeAwarePartitionsTest {
  @Test
  void snakeOrderVisitsEverySlotOncePerRound() {
    int[] expected = {0, 1, 2, 3, 3, 2, 1, 0, 0, 1};
    for (int rank = 0; rank < expected.length; rank++) {
      assertEquals(expected[rank], SizeAwarePartitions.slot(rank, 4), "rank " + rank);
    }
  }

  private static RowBuilder row(String id, String text) {
    return RowBuilder.of(RawSchema.CLEANED).set("doc_id", id).set("source", "src-" + id).set("text", text)
        .set("non_latin_lines", 0).set("boilerplate_chars", 0);
  }

  @Test
  void longArticlesAreSpreadAndEveryArticleStaysOnce() {
    // A typical archive shape: many briefs and a few long features, which doc-id hashing can pile up.
    List<Row> rows = new ArrayList<>();
    long total = 0;
    for (int i = 0; i < 96; i++) {
      int chars = i % 12 == 0 ? 20_000 + i : 500 + 7 * i;
      total += chars;
      rows.add(row("doc-" + i, "x".repeat(chars)).build());
    }
    rows.add(row("unreadable", null).set("status", "binary").set("detail", "not text").build());
    var spark = TestSpark.session();
    Dataset<Row> raw = spark.createDataFrame(rows, RawSchema.CLEANED);

    int partitions = 4;
    List<List<Row>> parts = SizeAwarePartitions.deal(spark, raw, partitions).javaRDD().glom().collect();

    assertEquals(partitions, parts.size());
    Set<String> seen = new HashSet<>();
    long mean = total / partitions;
    for (List<Row> part : parts) {
      long chars = 0;
      for (Row r : part) {
        String id = r.getAs("doc_id");
        String text = r.getAs("text");
        assertTrue(seen.add(id), "placed twice: " + id);
        chars += text == null ? 0 : text.length();
      }
      assertTrue(Math.abs(chars - mean) < mean / 20, "partition holds " + chars + " chars; mean " + mean);
    }
    assertEquals(rows.size(), seen.size());
  }
}
