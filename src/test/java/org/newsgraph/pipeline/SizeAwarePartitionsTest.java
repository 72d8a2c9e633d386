package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestSpark;
import org.newsgraph.tables.RawSchema;

/** Articles of very different lengths end up in partitions with similar amounts of text, each exactly once. */
class SizeAwarePartitionsTest {
  @Test
  void snakeOrderVisitsEverySlotOncePerRound() {
    int[] expected = {0, 1, 2, 3, 3, 2, 1, 0, 0, 1};
    for (int rank = 0; rank < expected.length; rank++) {
      assertEquals(expected[rank], SizeAwarePartitions.slot(rank, 4), "rank " + rank);
    }
  }

  @Test
  void longArticlesAreSpreadAndEveryArticleStaysOnce() {
    // A typical archive shape: many briefs and a few long features, which doc-id hashing can pile up.
    List<Row> rows = new ArrayList<>();
    long total = 0;
    for (int i = 0; i < 96; i++) {
      int chars = i % 12 == 0 ? 20_000 + i : 500 + 7 * i;
      total += chars;
      rows.add(RowFactory.create("doc-" + i, "src-" + i, "x".repeat(chars), "UTF-8", null, null, null, null, null));
    }
    rows.add(RowFactory.create("unreadable", "src", null, null, "binary", "not text", null, null, null));
    var spark = TestSpark.session();
    Dataset<Row> raw = spark.createDataFrame(rows, RawSchema.RAW);

    int partitions = 4;
    List<List<Row>> parts = SizeAwarePartitions.deal(spark, raw, partitions).javaRDD().glom().collect();

    assertEquals(partitions, parts.size());
    Set<String> seen = new HashSet<>();
    long mean = total / partitions;
    for (List<Row> part : parts) {
      long chars = 0;
      for (Row r : part) {
        assertTrue(seen.add(r.getString(0)), "placed twice: " + r.getString(0));
        chars += r.isNullAt(2) ? 0 : r.getString(2).length();
      }
      assertTrue(Math.abs(chars - mean) < mean / 20, "partition holds " + chars + " chars; mean " + mean);
    }
    assertEquals(rows.size(), seen.size());
  }
}
