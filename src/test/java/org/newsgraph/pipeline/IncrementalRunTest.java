package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.SeedsRun;
import org.newsgraph.TestData;
import org.newsgraph.TestSpark;
import org.newsgraph.jobs.NewsgraphJob;
import org.newsgraph.tables.Tables;

/** New articles are annotated once, unchanged input adds nothing, an interrupted batch is redone. */
class IncrementalRunTest {

  private static long rows(Path out, String table) {
    return TestSpark.session().read().parquet(out.resolve(table).toString()).count();
  }

  private static long distinct(Path out, String table, String id) {
    return TestSpark.session().read().parquet(out.resolve(table).toString()).select(id).distinct().count();
  }

  @Test
  void onlyNewArticlesAreAnnotatedAndReRunsAddNothing(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Path out = dir.resolve("out");
    Files.copy(TestData.seed("000"), in.resolve("a.txt"));
    Files.copy(TestData.seed("002"), in.resolve("b.txt"));

    RunSummary first = NewsgraphJob.run(TestSpark.session(), SeedsRun.options(in, out));
    assertEquals(2, first.annotated());
    long mentionsBefore = rows(out, Tables.MENTIONS);

    Files.copy(TestData.seed("001"), in.resolve("c.txt"));
    RunSummary second = NewsgraphJob.run(TestSpark.session(), SeedsRun.options(in, out));
    assertEquals(1, second.annotated(), "only the new article is annotated");
    assertEquals(3, rows(out, Tables.DOCUMENTS));
    assertTrue(rows(out, Tables.MENTIONS) > mentionsBefore);

    RunSummary third = NewsgraphJob.run(TestSpark.session(), SeedsRun.options(in, out));
    assertEquals(0, third.annotated(), "unchanged input annotates nothing");
    assertEquals(second.rowsPerTable(), third.rowsPerTable(), "and rebuilds the same tables");
    for (String[] t : new String[][] {{Tables.DOCUMENTS, "doc_id"}, {Tables.MENTIONS, "mention_id"},
        {Tables.QUOTES, "quote_id"}, {Tables.ENTITIES, "entity_id"}}) {
      assertEquals(rows(out, t[0]), distinct(out, t[0], t[1]), "no duplicated " + t[0]);
    }
  }

  @Test
  void anInterruptedBatchIsDiscardedAndItsArticlesAnnotatedAgain(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Path out = dir.resolve("out");
    Files.copy(TestData.seed("002"), in.resolve("b.txt"));
    NewsgraphJob.run(TestSpark.session(), SeedsRun.options(in, out));
    // What a run killed while writing leaves behind: a batch folder with data files but no _SUCCESS,
    // here a copy of the committed batch, so its doc_ids would be counted twice if it were read.
    Path store = out.resolve("annotations");
    Path committed;
    try (var batches = Files.list(store)) {
      committed = batches.filter(p -> p.getFileName().toString().startsWith("batch=")).findFirst().orElseThrow();
    }
    Path broken = store.resolve("batch=19990101T000000Z");
    Files.createDirectories(broken);
    try (var files = Files.list(committed)) {
      for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".parquet")).toList()) {
        Files.copy(f, broken.resolve(f.getFileName()));
      }
    }
    Files.copy(TestData.seed("001"), in.resolve("c.txt"));

    RunSummary s = NewsgraphJob.run(TestSpark.session(), SeedsRun.options(in, out));
    assertFalse(Files.exists(broken), "the incomplete batch is removed");
    assertEquals(1, s.annotated());
    assertEquals(2, rows(out, Tables.DOCUMENTS));
    assertEquals(rows(out, Tables.MENTIONS), distinct(out, Tables.MENTIONS, "mention_id"));
  }
}
