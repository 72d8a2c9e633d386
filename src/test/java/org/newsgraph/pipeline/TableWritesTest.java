package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestSpark;

/** Concurrent table writes on the shared local[2] session: counts, order, and what one failure does. */
class TableWritesTest {
  @TempDir
  Path out;

  @Test
  void writesEveryTableAndReportsRowsInTheOrderStarted() {
    SparkSession spark = TestSpark.session();
    Map<String, Long> rows;
    try (TableWrites writes = new TableWrites(spark, out.toString(), 2)) {
      writes.write("big", spark.range(0, 5000).toDF());
      writes.write("small", spark.range(0, 7).toDF());
      writes.write("empty", spark.range(0, 0).toDF());
      rows = writes.rows();
    }
    assertEquals(List.of("big", "small", "empty"), List.copyOf(rows.keySet()));
    assertEquals(Map.of("big", 5000L, "small", 7L, "empty", 0L), rows);
    assertEquals(7, spark.read().parquet(out.resolve("small").toString()).count());
    assertEquals(5000, spark.read().parquet(out.resolve("big").toString()).count());
  }

  @Test
  void aFailedWriteIsReportedByNameAndStopsTheOthers() {
    SparkSession spark = TestSpark.session();
    // 400 tasks of 100 ms on 2 cores: ~20 s unless cancelled.
    Dataset<Row> slow = spark.range(0, 400, 1, 400).map((MapFunction<Long, Long>) id -> {
      Thread.sleep(100);
      return id;
    }, Encoders.LONG()).toDF();
    Dataset<Row> bad = spark.range(0, 10, 1, 1).map((MapFunction<Long, Long>) id -> {
      if (id == 5) {
        throw new IllegalArgumentException("row 5 is broken");
      }
      return id;
    }, Encoders.LONG()).toDF();
    IllegalStateException e;
    try (TableWrites writes = new TableWrites(spark, out.toString(), 2)) {
      // The failing job goes first: Spark's FIFO scheduler would run it only after the slow one's tasks.
      writes.write("bad", bad);
      waitFor(() -> spark.sparkContext().statusTracker().getActiveJobIds().length > 0 || Files.exists(out.resolve("bad")));
      writes.write("slow", slow);
      e = assertThrows(IllegalStateException.class, writes::rows);
    }
    assertTrue(e.getMessage().startsWith("writing table bad under " + out), e.getMessage());
    assertTrue(e.getMessage().contains("row 5 is broken"), e.getMessage());
    waitForNoActiveJobs(spark);
    assertFalse(Files.exists(out.resolve("slow/_SUCCESS")), "the slow write should have been cancelled");
  }

  private static void waitForNoActiveJobs(SparkSession spark) {
    waitFor(() -> spark.sparkContext().statusTracker().getActiveJobIds().length == 0);
  }

  private static void waitFor(java.util.function.BooleanSupplier condition) {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException ie) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
