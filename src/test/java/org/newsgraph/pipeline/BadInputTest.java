package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.SeedsRun;
import org.newsgraph.TestSpark;
import org.newsgraph.jobs.NewsgraphJob;
import org.newsgraph.tables.DocStatus;
import org.newsgraph.jobs.JobOptions;

/** Every kind of bad file gets a documents row with a precise status, and the run still completes. */
class BadInputTest {
  private static final String ENGLISH = "The minister said on Tuesday that talks with the rebels would resume in Geneva "
      + "next week, and that the government was ready to discuss a ceasefire.\n\n";

  @Test
  void badFilesGetStatusesAndTheJobFinishes(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in/nested"));
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Files.writeString(in.resolve("blank.txt"), "  \n\t \n   ");
    byte[] binary = new byte[20_000];
    new Random(1).nextBytes(binary);
    Files.write(in.resolve("binary.bin"), binary);
    byte[] invalidUtf8 = (ENGLISH + "Prices rose 5 \u0080 and the caf\u00e9 closed.").getBytes(StandardCharsets.ISO_8859_1);
    invalidUtf8[10] = (byte) 0xC3; // a lone UTF-8 lead byte followed by ASCII: not valid UTF-8
    Files.write(in.resolve("invalid-utf8.txt"), invalidUtf8);
    Files.write(in.resolve("latin1.txt"), (ENGLISH + "The caf\u00e9 owner in S\u00e3o Paulo said prices would rise.")
        .getBytes(StandardCharsets.ISO_8859_1));
    StringBuilder huge = new StringBuilder();
    for (int i = 0; huge.length() < 5 * 1024 * 1024; i++) {
      huge.append("In session ").append(i).append(", ").append(ENGLISH);
    }
    Files.writeString(in.resolve("huge.txt"), huge);
    Files.writeString(in.resolve("persian.txt"), "کد خبر: ۹۶۲۷۹۲\nتاریخ انتشار: ۱۱ اسفند ۱۳۹۸\nروسیه و ترکیه توافق کردند\n");
    Files.writeString(in.resolve("french.txt"), "Le ministre a déclaré mardi que les négociations avec les rebelles "
        + "reprendraient la semaine prochaine à Genève, et que le gouvernement était prêt à discuter d'un cessez-le-feu.");
    Files.writeString(in.resolve("good.txt"), "Talks to resume in Geneva\n\n" + ENGLISH);

    Path out = dir.resolve("out");
    RunSummary s = NewsgraphJob.run(TestSpark.session(), SeedsRun.options(in.getParent(), out));
    Map<String, Row> docs = TestSpark.session().read().parquet(out.resolve("documents").toString()).collectAsList()
        .stream().collect(Collectors.toMap(r -> r.<String>getAs("source").replaceAll(".*/", ""), r -> r));

    assertEquals(9, docs.size(), docs.keySet().toString());
    assertEquals(DocStatus.EMPTY, docs.get("empty.txt").getAs("status"));
    assertEquals(DocStatus.EMPTY, docs.get("blank.txt").getAs("status"));
    assertEquals(DocStatus.BINARY, docs.get("binary.bin").getAs("status"));
    assertEquals(DocStatus.OK, docs.get("invalid-utf8.txt").getAs("status"));
    assertEquals("windows-1252", docs.get("invalid-utf8.txt").getAs("encoding"));
    assertEquals(DocStatus.OK, docs.get("latin1.txt").getAs("status"));
    assertTrue(docs.get("latin1.txt").<String>getAs("text").contains("São Paulo"));
    assertEquals(DocStatus.TOO_LONG, docs.get("huge.txt").getAs("status"));
    assertTrue(docs.get("huge.txt").<String>getAs("error").contains("--max-chars"));
    assertEquals(DocStatus.NOT_ENGLISH, docs.get("persian.txt").getAs("status"));
    assertEquals(DocStatus.NOT_ENGLISH, docs.get("french.txt").getAs("status"));
    assertEquals(DocStatus.OK, docs.get("good.txt").getAs("status"));
    assertEquals(9, s.articles());
  }

  @Test
  void filesOverTheByteCapAreNotReadButStillListed(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("big.txt"), ENGLISH.repeat(200));
    RunOptions capped = JobOptions.parse("--input", in.toString(), "--output", dir.resolve("out").toString(),
        "--max-bytes", "1000", "--partitions", "1").run();
    NewsgraphJob.run(TestSpark.session(), capped);
    Row doc = TestSpark.session().read().parquet(dir.resolve("out/documents").toString()).first();
    assertEquals(DocStatus.TOO_LONG, doc.getAs("status"));
    assertTrue(doc.<String>getAs("error").contains("--max-bytes"), doc.<String>getAs("error"));
  }

  @Test
  void slowArticleTimesOutAndBrokenModelFailsWithItsMessage(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.txt"), "Talks to resume in Geneva\n\n" + ENGLISH);
    RunOptions tight = JobOptions.parse("--input", in.toString(), "--output", dir.resolve("timeout").toString(),
        "--partitions", "1").run().withTimeout(java.time.Duration.ofMillis(1));
    NewsgraphJob.run(TestSpark.session(), tight);
    Row doc = TestSpark.session().read().parquet(dir.resolve("timeout/documents").toString()).first();
    assertEquals(DocStatus.TIMEOUT, doc.getAs("status"));

    RunOptions failing = JobOptions.parse("--input", in.toString(), "--output", dir.resolve("failed").toString(),
        "--partitions", "1", "--aliases", "none", "--corenlp", "ner.model=no/such/model.ser.gz").run();
    NewsgraphJob.run(TestSpark.session(), failing);
    Row failed = TestSpark.session().read().parquet(dir.resolve("failed/documents").toString()).first();
    assertEquals(DocStatus.FAILED, failed.getAs("status"));
    assertTrue(failed.<String>getAs("error").contains("no/such/model.ser.gz"), failed.<String>getAs("error"));
  }
}
