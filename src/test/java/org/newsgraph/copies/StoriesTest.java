package org.newsgraph.copies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestData;
import org.newsgraph.TestSpark;
import org.newsgraph.eval.SyntheticCopies;

/** Story grouping with real Spark on the seed articles and copies of them made as outlets make them. */
class StoriesTest {
  private static final StructType DOCS = new StructType().add("doc_id", DataTypes.StringType)
      .add("published_date", DataTypes.DateType).add("text", DataTypes.StringType);
  private static final List<String> SEEDS = new ArrayList<>();

  @BeforeAll
  static void readSeeds() throws IOException {
    try (Stream<Path> files = Files.list(TestData.seeds())) {
      for (Path p : files.sorted().toList()) {
        // The seeds are scraped pages: title line, blank line, body, as documents.text holds them.
        SEEDS.add(Files.readString(p).strip());
      }
    }
  }

  private static Row doc(String id, String date, String text) {
    return RowFactory.create(id, date == null ? null : Date.valueOf(date), text);
  }

  private static Map<String, Row> stories(List<Row> docs) {
    Map<String, Row> out = new HashMap<>();
    for (Row r : Stories.find(TestSpark.session().createDataFrame(docs, DOCS), StorySettings.DEFAULT).collectAsList()) {
      out.put(r.getAs("doc_id"), r);
    }
    return out;
  }

  private static String story(Map<String, Row> s, String doc) {
    return s.get(doc).getAs("story_id");
  }

  @Test
  void copiesJoinTheEarliestArticlesStoryAndLookAlikesStayApart() {
    List<Row> docs = new ArrayList<>();
    for (int i = 0; i < SEEDS.size(); i++) {
      docs.add(doc("seed" + i, "2017-06-0" + (i + 2), SEEDS.get(i)));
    }
    List<SyntheticCopies.Copy> copies = SyntheticCopies.of(SEEDS.get(1), SEEDS.get(3));
    for (SyntheticCopies.Copy c : copies) {
      docs.add(doc(c.kind().name(), "2017-06-09", c.text()));
    }
    docs.add(doc("undated-copy", null, SEEDS.get(1)));
    docs.add(doc("earlier-copy", "2017-06-01", "Other headline\n\n" + SEEDS.get(1).substring(SEEDS.get(1).indexOf("\n\n") + 2)));
    Map<String, Row> s = stories(docs);
    for (SyntheticCopies.Copy c : copies) {
      if (c.kind().sameStory) {
        assertEquals("earlier-copy", story(s, c.kind().name()), c.kind() + " is a copy of seed 1");
      } else {
        assertEquals("seed3", story(s, c.kind().name()), "seed 3 with seed 1's lead quoted at its end is seed 3's story");
      }
    }
    assertEquals("earlier-copy", story(s, "seed1"), "the story is named after its earliest article");
    assertEquals("earlier-copy", story(s, "undated-copy"));
    assertEquals(1.0, s.get("undated-copy").<Double>getAs("story_similarity"));
    assertEquals(8L, s.get("seed1").<Long>getAs("story_articles"), "seed 1, five copies, the undated and the earlier one");
    for (int i : new int[] {0, 2, 4}) {
      assertEquals("seed" + i, story(s, "seed" + i), "seed " + i + " has no copy");
      assertEquals(1L, s.get("seed" + i).<Long>getAs("story_articles"));
    }
  }

  @Test
  void aChainOfPartialOverlapsDoesNotGlueTwoStories() {
    String a = body(SEEDS.get(0));
    String c = body(SEEDS.get(2));
    // A roundup made of both: similar enough to each, while the two have nothing in common.
    List<Row> docs = List.of(doc("a", "2017-01-01", "A\n\n" + a), doc("c", "2017-01-02", "C\n\n" + c),
        doc("roundup", "2017-01-03", "Roundup\n\n" + a + "\n\n" + c));
    Map<String, Row> s = stories(docs);
    assertNotEquals(story(s, "a"), story(s, "c"));
  }

  @Test
  void groupsFormedOnTheDriverAreThoseOfTheSparkJoins() {
    String a = body(SEEDS.get(0));
    String c = body(SEEDS.get(2));
    List<Row> docs = new ArrayList<>(List.of(doc("a", "2017-01-01", "A\n\n" + a), doc("c", "2017-01-02", "C\n\n" + c),
        doc("roundup", "2017-01-03", "Roundup\n\n" + a + "\n\n" + c), doc("a2", "2017-01-04", "A again\n\n" + a)));
    List<SyntheticCopies.Copy> copies = SyntheticCopies.of(SEEDS.get(1), SEEDS.get(3));
    for (SyntheticCopies.Copy k : copies) {
      docs.add(doc(k.kind().name(), "2017-02-01", k.text()));
    }
    docs.add(doc("original", "2017-01-15", SEEDS.get(1)));
    Dataset<Row> signed = TestSpark.session().createDataFrame(docs, DOCS).map(new Stories.Sign(), Encoders.row(Stories.SIGNED));
    Stories.Copy rule = new Stories.Copy(StorySettings.DEFAULT);
    Map<String, String> driver = groups(NearDuplicates.group(signed, rule, StorySettings.DEFAULT.rootMin()));
    Map<String, String> joins = groups(NearDuplicates.group(signed, rule, StorySettings.DEFAULT.rootMin(), 0));
    assertEquals(joins, driver);
    assertTrue(driver.size() >= copies.size() + 2, "copies grouped with their original, a2 with a: " + driver);
    String cGroup = driver.get(NearDuplicates.order(Date.valueOf("2017-01-02"), "c"));
    assertTrue(cGroup == null || !cGroup.startsWith(NearDuplicates.order(Date.valueOf("2017-01-01"), "a") + " "),
        "the chains guard ran: c left a's group, " + cGroup);
  }

  /** node -> root and the similarity to it, rounded (the driver and Spark sum in another order). */
  private static Map<String, String> groups(Dataset<Row> grouped) {
    Map<String, String> out = new HashMap<>();
    for (Row r : grouped.collectAsList()) {
      out.put(r.getAs("node"), r.getAs("root") + String.format(" %.6f", r.<Double>getAs("sim")));
    }
    return out;
  }

  @Test
  void aBucketOfManyIdenticalPagesIsOneStoryWithoutComparingAllPairs() {
    List<Row> docs = new ArrayList<>();
    for (int i = 0; i < Stories.BUCKET_PAIRS_MAX + 30; i++) {
      docs.add(doc(String.format("p%03d", i), "2017-01-01", "Page " + i + "\n\n" + body(SEEDS.get(4))));
    }
    docs.add(doc("empty", "2017-01-01", ""));
    Map<String, Row> s = stories(docs);
    assertTrue(s.values().stream().filter(r -> r.getAs("story_id").equals("p000")).count() == docs.size() - 1);
    assertEquals("empty", story(s, "empty"), "an article without words is a story of its own");
  }

  @Test
  void addingArticlesKeepsTheStoryIdsOfEarlierOnesUnlessAnEarlierCopyJoins() {
    List<Row> first = new ArrayList<>();
    for (int i = 0; i < SEEDS.size(); i++) {
      first.add(doc("seed" + i, "2017-06-0" + (i + 2), SEEDS.get(i)));
    }
    first.add(doc("seed1-copy", "2017-06-08", "Retitled\n\n" + body(SEEDS.get(1))));
    first.add(doc("seed3-copy", "2017-06-09", "Retitled\n\n" + body(SEEDS.get(3))));
    Map<String, Row> before = stories(first);

    List<Row> second = new ArrayList<>(first);
    List<SyntheticCopies.Copy> copies = SyntheticCopies.of(SEEDS.get(2), SEEDS.get(4));
    for (SyntheticCopies.Copy c : copies) {
      second.add(doc("new-" + c.kind().name(), "2017-06-20", c.text()));
    }
    second.add(doc("new-seed0-earlier", "2017-05-01", "An earlier print\n\n" + body(SEEDS.get(0))));
    second.add(doc("new-undated", null, "Untitled\n\n" + body(SEEDS.get(3))));
    Map<String, Row> after = stories(second);

    for (Row r : first) {
      String id = r.getString(0);
      if (!id.equals("seed0")) {
        assertEquals(story(before, id), story(after, id), id + " keeps its story id when later articles arrive");
      }
    }
    assertEquals("new-seed0-earlier", story(after, "seed0"), "an earlier copy joining a story names it");
    assertEquals("seed1", story(after, "seed1-copy"));
    assertEquals("seed3", story(after, "new-undated"), "an undated copy joins the dated story, never names it");
    for (SyntheticCopies.Copy c : copies) {
      assertEquals(c.kind().sameStory ? "seed2" : "seed4", story(after, "new-" + c.kind().name()), c.kind().name());
    }
    assertEquals(3L, after.get("seed3").<Long>getAs("story_articles"));
  }

  private static String body(String text) {
    return text.substring(text.indexOf("\n\n") + 2);
  }
}
