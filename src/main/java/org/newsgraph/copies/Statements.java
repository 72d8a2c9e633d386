package org.newsgraph.copies;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.struct;

import java.sql.Date;
import java.time.temporal.ChronoUnit;

import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newsgraph.tables.RowBuilder;

/**
 * Quotes that report one statement by one speaker, across articles and outlets: direct and mixed quotes
 * by near-identical wording (a quotation trimmed or spliced by another outlet still matches), indirect
 * speech by the same speaker within a few days in similar content words ({@link StatementSettings}).
 * Candidates are the speaker's quotes that share an LSH band of their content words ({@link NearDuplicates});
 * no step compares all pairs. A statement's id is its earliest quote's quote_id; a quote reported once is
 * a statement of its own. The speaker is the speaker entity, else the speaker's name as written (a
 * description such as "a source"), else none.
 */
public final class Statements {
  static final StructType SIGNED = new StructType()
      .add("quote_id", DataTypes.StringType, false)
      .add("order", DataTypes.StringType, false)
      .add("exact", DataTypes.LongType, false)
      .add("kind", DataTypes.StringType, false)
      .add("published_date", DataTypes.DateType, true)
      .add("story_id", DataTypes.StringType, true)
      .add("words", DataTypes.createArrayType(DataTypes.LongType, false), false)
      .add("phrases", DataTypes.createArrayType(DataTypes.LongType, false), false)
      .add("bands", DataTypes.createArrayType(DataTypes.LongType, false), false);

  private Statements() {}

  /** The quote_id -> statement_id map and the statements table. */
  public record Result(Dataset<Row> statementOf, Dataset<Row> statements) {}

  /**
   * @param quotes quote_id, kind, text, doc_id, published_date, outlet, story_id, speaker_entity_id,
   *               speaker_name; materialised by the caller (the job's quotes come from the whole entity
   *               stage, and the grouping below joins them several times: planning that lineage again
   *               each time exhausts the driver)
   */
  public static Result find(Dataset<Row> quotes, StatementSettings settings) {
    Dataset<Row> q = quotes.select(col("quote_id"), col("kind"), col("text"), col("doc_id"), col("published_date"),
            col("outlet"), col("story_id"), col("speaker_entity_id"), col("speaker_name"),
            coalesce(col("speaker_entity_id"), org.apache.spark.sql.functions.lower(col("speaker_name")), lit(""))
                .as("speaker_key"));
    Dataset<Row> signed = q.map(new Sign(settings.minPhrases()), Encoders.row(SIGNED)).localCheckpoint();
    Dataset<Row> grouped = NearDuplicates.group(signed, new Same(settings), settings.rootMin());
    Dataset<Row> statementOf = signed.select(col("order").as("node"), col("quote_id"))
        .join(grouped, new String[] {"node"}, "left")
        .select(col("quote_id"), NearDuplicates.idOf(coalesce(col("root"), col("node"))).as("statement_id"))
        .localCheckpoint();
    Dataset<Row> members = q.join(statementOf, "quote_id")
        .withColumn("order", struct(coalesce(col("published_date"), lit(Date.valueOf(NearDuplicates.UNDATED))), col("quote_id")));
    Dataset<Row> statements = members.groupBy("statement_id").agg(
        min_by(col("speaker_entity_id"), col("order")).as("speaker_entity_id"),
        min_by(col("speaker_name"), col("order")).as("speaker_name"),
        // the earliest full form: of the quotes on the first day, the longest
        max_by(col("text"), struct(lit(0).minus(coalesce(org.apache.spark.sql.functions.datediff(col("published_date"),
            lit(Date.valueOf("1970-01-01"))), lit(Integer.MAX_VALUE))), length(col("text")))).as("text"),
        array_sort(collect_set(col("kind"))).as("kinds"),
        min("published_date").as("first_seen"),
        min_by(col("outlet"), col("order")).as("first_outlet"),
        max("published_date").as("last_seen"),
        array_sort(collect_set(col("outlet"))).as("outlets"),
        count(lit(1)).as("quotes"),
        countDistinct("doc_id").as("articles"),
        countDistinct("story_id").as("stories"));
    return new Result(statementOf, statements);
  }

  /** A quote row -> SIGNED; the bands are scoped to the speaker, so only one speaker's quotes meet. */
  static final class Sign implements MapFunction<Row, Row> {
    private final int minPhrases;

    Sign(int minPhrases) {
      this.minPhrases = minPhrases;
    }

    @Override
    public Row call(Row r) {
      String id = r.getAs("quote_id");
      String text = r.getAs("text");
      long[] words = QuoteWords.contentWords(text);
      long scope = Shingles.hash(r.getAs("speaker_key"));
      long[] phrases = QuoteWords.phrases(text);
      // The same words by one speaker are one statement; a quote too short to tell only within its story.
      long inStory = scope ^ Shingles.hash(String.valueOf(r.<String>getAs("story_id")));
      long exact = phrases.length >= minPhrases ? NearDuplicates.exactKey(scope, phrases, id)
          : words.length > 0 ? NearDuplicates.exactKey(inStory, words, id)
          // no content word at all ("it is"): only the same text in a copy of the same story
          : NearDuplicates.exactKey(inStory, new long[] {Shingles.hash(String.valueOf(text).strip().toLowerCase())}, id);
      return RowBuilder.from(r, SIGNED).set("order", NearDuplicates.order(r.getAs("published_date"), id))
          .set("exact", exact).set("words", words).set("phrases", phrases).set("bands", MinHash.bands(words, scope))
          .build();
    }
  }

  /** Same statement: near-identical wording, or (indirect speech) similar content words on close days. */
  static final class Same implements NearDuplicates.PairRule {
    private final StatementSettings s;

    Same(StatementSettings s) {
      this.s = s;
    }

    @Override
    public double similarity(Row a, Row b) {
      return Math.max(Shingles.jaccard(NearDuplicates.longs(a, "words"), NearDuplicates.longs(b, "words")),
          Shingles.containment(NearDuplicates.longs(a, "phrases"), NearDuplicates.longs(b, "phrases")));
    }

    @Override
    public boolean confirms(Row a, Row b) {
      long[] pa = NearDuplicates.longs(a, "phrases");
      long[] pb = NearDuplicates.longs(b, "phrases");
      if (Math.min(pa.length, pb.length) >= s.minPhrases()
          && Shingles.containment(pa, pb) >= s.minPhraseContainment()) {
        return true; // the same words, trimmed or spliced: whatever the kind and the dates
      }
      long[] wa = NearDuplicates.longs(a, "words");
      long[] wb = NearDuplicates.longs(b, "words");
      if (wa.length > 0 && java.util.Arrays.equals(wa, wb) && java.util.Objects.equals(a.getAs("story_id"), b.getAs("story_id"))) {
        return true; // a short quote in two copies of one story: too short to tell by its words alone
      }
      return Math.min(wa.length, wb.length) >= s.minWords() && Shingles.jaccard(wa, wb) >= s.minWordJaccard()
          && withinDays(a.getAs("published_date"), b.getAs("published_date"));
    }

    private boolean withinDays(Date a, Date b) {
      return a != null && b != null && Math.abs(ChronoUnit.DAYS.between(a.toLocalDate(), b.toLocalDate())) <= s.maxDays();
    }
  }
}
