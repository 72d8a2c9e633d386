package org.newsgraph.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.SeedsRun;
import org.newsgraph.TestData;
import org.newsgraph.TestSpark;
import org.newsgraph.ingest.WarcFixtures;
import org.newsgraph.jobs.NewsgraphJob;
import org.newsgraph.tables.DocStatus;
import org.newsgraph.tables.Tables;

/**
 * A folder that mixes a text article, a WARC.gz written from real benchmark pages, and a real crawler's WARC:
 * one ok documents row per page with its URL as source, every other record accounted for with a status, and a
 * second run adds no rows.
 */
class WarcInputTest {
  @TempDir
  static Path dir;
  private static List<WarcFixtures.Page> pages;
  private static Dataset<Row> documents;
  private static RunSummary summary;

  @BeforeAll
  static void run() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    pages = WarcFixtures.pages(4);
    Files.write(in.resolve("crawl.warc.gz"), WarcFixtures.archive(pages, false));
    Files.copy(TestData.shared().resolve("data/warc/IAH-urls-wget.warc.gz"), in.resolve("wget.warc.gz"));
    Files.copy(TestData.seed("001"), in.resolve("article.txt"));
    summary = NewsgraphJob.run(TestSpark.session(), SeedsRun.options(in, dir.resolve("out")));
    Dataset<Row> written = TestSpark.session().read().parquet(dir.resolve("out").resolve(Tables.DOCUMENTS).toString());
    // Held in memory: the re-run test rewrites the files under it.
    documents = TestSpark.session().createDataFrame(written.collectAsList(), written.schema());
  }

  @Test
  void eachPageIsOneOkRowWithItsUrlAndProvenance() {
    Map<String, Row> bySource = documents.where(col("warc_file").equalTo("crawl.warc.gz")).collectAsList().stream()
        .filter(r -> DocStatus.OK.equals(r.getAs("status")))
        .collect(Collectors.toMap(r -> r.getAs("source"), r -> r));
    assertEquals(pages.stream().map(WarcFixtures.Page::url).collect(Collectors.toSet()), bySource.keySet());
    for (Row r : bySource.values()) {
      assertNotNull(r.getAs("warc_offset"));
      assertEquals(java.sql.Timestamp.from(WarcFixtures.CRAWLED), r.getAs("crawled_at"));
      assertNotNull(r.getAs("outlet"), "the site name, else the URL's host");
      assertTrue(r.<String>getAs("text").length() > 150, r.<String>getAs("text"));
    }
  }

  @Test
  void requestsImagesRedirectsAndTruncatedRecordsAreAccountedForButNotArticles() {
    Map<String, Long> crawl = documents.where(col("warc_file").equalTo("crawl.warc.gz")).groupBy("status").count()
        .collectAsList().stream().collect(Collectors.toMap(r -> r.getAs("status"), r -> r.<Long>getAs("count")));
    assertEquals(Map.of(DocStatus.OK, 4L, DocStatus.NOT_ARTICLE, 6L, DocStatus.TRUNCATED, 1L), crawl);
    assertEquals(0, documents.where(col("source").endsWith("logo.png").and(col("status").equalTo(DocStatus.OK))).count());
    // wget's file: 36 records, each with a row; its HTML pages are read, its requests and images are not.
    assertEquals(36, documents.where(col("warc_file").equalTo("wget.warc.gz")).count());
    assertEquals(0, documents.where(col("warc_file").equalTo("wget.warc.gz").and(col("status").equalTo(DocStatus.FAILED)))
        .count());
    assertTrue(summary.render().contains("WARC records: 47"), summary.render());
  }

  @Test
  void theTextFileBesideTheWarcsIsReadAsBefore() {
    Row article = documents.where(col("source").endsWith("article.txt")).first();
    assertEquals(DocStatus.OK, article.getAs("status"));
    assertTrue(article.isNullAt(article.fieldIndex("warc_file")));
  }

  @Test
  void aSecondRunAddsNoRows() {
    long before = documents.count();
    NewsgraphJob.run(TestSpark.session(), SeedsRun.options(dir.resolve("in"), dir.resolve("out")));
    long after = TestSpark.session().read().parquet(dir.resolve("out").resolve(Tables.DOCUMENTS).toString()).count();
    assertEquals(before, after);
  }
}
