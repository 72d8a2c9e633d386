package org.newsgraph.copies;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newsgraph.tables.RowBuilder;
import org.newsgraph.tables.Tables;

/**
 * Groups near-duplicate articles into stories: the same wire copy under several outlets, a page crawled
 * twice, an article updated through the day ({@link NearDuplicates} over word 5-shingles of the body,
 * confirmed by {@link StorySettings#confirms}). A story's root is its earliest article (published_date,
 * then doc_id; undated articles last) and its story_id is the root's doc_id, so ids stay put when later
 * articles join; an article with no copy is a story of its own (story_id = its doc_id).
 */
public final class Stories {
  /** Output: one row per article given. */
  public static final StructType STORY = new StructType()
      .add("doc_id", DataTypes.StringType, false)
      .add("story_id", DataTypes.StringType, false)
      .add("story_similarity", DataTypes.DoubleType, false)
      .add("story_articles", DataTypes.LongType, false);
  /** Members of one band bucket beyond which each member is compared with the first and the one before it. */
  public static final int BUCKET_PAIRS_MAX = NearDuplicates.BUCKET_PAIRS_MAX;

  static final StructType SIGNED = new StructType()
      .add("doc_id", DataTypes.StringType, false)
      // published_date then doc_id as one sortable string: the minimum of a group is its root
      .add("order", DataTypes.StringType, false)
      .add("exact", DataTypes.LongType, false)
      .add("shingles", DataTypes.createArrayType(DataTypes.LongType, false), false)
      .add("bands", DataTypes.createArrayType(DataTypes.LongType, false), false);

  private Stories() {}

  /** @param docs doc_id, published_date, text: the annotated articles */
  public static Dataset<Row> find(Dataset<Row> docs, StorySettings settings) {
    Dataset<Row> signed = docs.select("doc_id", "published_date", "text")
        .map(new Sign(), Encoders.row(SIGNED)).localCheckpoint();
    Dataset<Row> grouped = NearDuplicates.group(signed, new Copy(settings), settings.rootMin());
    Dataset<Row> all = signed.select(col("order").as("node"), col("doc_id"))
        .join(grouped, new String[] {"node"}, "left")
        .select(col("doc_id"), coalesce(col("root"), col("node")).as("root"),
            when(col("root").isNull(), lit(1.0)).otherwise(col("sim")).as("story_similarity"))
        .withColumn("story_id", NearDuplicates.idOf(col("root")));
    return of(all).localCheckpoint();
  }

  /** doc_id, story_id, story_similarity -> STORY rows: each with the number of articles in its story. */
  public static Dataset<Row> of(Dataset<Row> members) {
    Dataset<Row> sizes = members.groupBy("story_id").agg(count(lit(1)).as("story_articles"));
    return Tables.conform(members.join(sizes, "story_id"), STORY);
  }

  /** doc_id, published_date, text -> SIGNED. */
  static final class Sign implements MapFunction<Row, Row> {
    @Override
    public Row call(Row r) {
      String id = r.getAs("doc_id");
      long[] sh = Shingles.of(r.getAs("text"));
      return RowBuilder.of(SIGNED).set("doc_id", id).set("order", NearDuplicates.order(r.getAs("published_date"), id))
          .set("exact", NearDuplicates.exactKey(0, sh, id)).set("shingles", sh).set("bands", MinHash.bands(sh, 0))
          .build();
    }
  }

  /** Two articles are one story by their shingles' Jaccard similarity or containment. */
  static final class Copy implements NearDuplicates.PairRule {
    private final StorySettings settings;

    Copy(StorySettings settings) {
      this.settings = settings;
    }

    @Override
    public double similarity(Row a, Row b) {
      return Shingles.jaccard(NearDuplicates.longs(a, "shingles"), NearDuplicates.longs(b, "shingles"));
    }

    @Override
    public boolean confirms(Row a, Row b) {
      long[] x = NearDuplicates.longs(a, "shingles");
      long[] y = NearDuplicates.longs(b, "shingles");
      return settings.confirms(Shingles.jaccard(x, y), Shingles.containment(x, y), x.length, y.length);
    }
  }
}
