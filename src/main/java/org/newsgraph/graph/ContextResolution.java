package org.newsgraph.graph;

import static org.apache.spark.sql.functions.call_function;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map_from_entries;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.collect_list;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * Short names that several entities share ("Trump" when Donald, Ivanka and Melania Trump all occur; "Clinton";
 * "Post"), resolved per article by the company they keep. The article's own full names come first and are
 * applied before this, inside the article ({@code mentions.canonical}); an article that names none of the
 * candidates is compared with each candidate's archive-wide company: for every other entity e in the article,
 * the share of e's articles that also name the candidate, summed over e. The best candidate is taken when it
 * scores at least {@link #MARGIN} times the second and at least {@link #MIN_SCORE}; otherwise the short name
 * stays its own entity. Never by the name alone.
 *
 * <p>Everything is joins over (article, entity) pairs, bounded by the mentions; the result is a small map per
 * article, joined to the articles, never collected.
 */
final class ContextResolution {
  static final double MARGIN = 2.0;
  static final double MIN_SCORE = 0.5;
  /**
   * A one-word name that ends more full names than this is a common noun ("army", "ministry": dozens of
   * them), not a short name, and is left alone; this also keeps the joins small.
   */
  static final int MAX_CANDIDATES = 6;
  private static final String PERSON = "PERSON";
  private static final String ORGANIZATION = "ORGANIZATION";

  private ContextResolution() {}

  /**
   * doc_id, local: map from a short name's final key to the full name's final key, for the articles where one
   * is resolved. {@code finals}: doc_id, final (a mention's key after the archive merges), type.
   */
  static Dataset<Row> resolve(Dataset<Row> finals) {
    Dataset<Row> docKeys = finals.select("doc_id", "final").distinct();
    Dataset<Row> types = finals.groupBy("final", "type").agg(count(lit(1)).as("n"))
        .groupBy("final").agg(max(struct(col("n"), col("type"))).as("t"), sum("n").as("n"))
        .select(col("final").as("key"), col("t.type").as("type"), col("n"));
    Dataset<Row> candidates = candidates(types);
    Dataset<Row> df = docKeys.groupBy(col("final").as("e")).agg(count(lit(1)).as("df"));
    Dataset<Row> candidateDocs = docKeys.join(candidates.select(col("full").as("final")).distinct(), "final")
        .select(col("doc_id"), col("final").as("full"));
    // For each candidate full name, the articles it shares with every other entity e: its company.
    Dataset<Row> company = candidateDocs.join(docKeys.withColumnRenamed("final", "e"), "doc_id")
        .where(not(col("e").equalTo(col("full")))).groupBy("full", "e").agg(count(lit(1)).as("together"))
        .join(df, "e").withColumn("p", col("together").divide(col("df")));
    Dataset<Row> shortInDoc = docKeys.join(candidates.select(col("bare").as("final")).distinct(), "final")
        .select(col("doc_id"), col("final").as("bare"));
    Dataset<Row> context = shortInDoc.join(docKeys.withColumnRenamed("final", "e"), "doc_id")
        .where(not(col("e").equalTo(col("bare"))));
    Dataset<Row> scores = context.join(candidates, "bare").join(company, new String[] {"full", "e"})
        .groupBy("doc_id", "bare", "full").agg(sum("p").as("score"));
    var byScore = Window.partitionBy("doc_id", "bare").orderBy(col("score").desc(), col("full"));
    Dataset<Row> ranked = scores.withColumn("rank", org.apache.spark.sql.functions.row_number().over(byScore))
        .withColumn("next", org.apache.spark.sql.functions.lead(col("score"), 1).over(byScore))
        .where(col("rank").equalTo(1));
    Column clear = col("score").geq(MIN_SCORE)
        .and(col("next").isNull().or(col("score").geq(col("next").multiply(MARGIN))));
    return ranked.where(clear).groupBy("doc_id")
        .agg(map_from_entries(collect_list(struct(col("bare"), col("full")))).as("local"));
  }

  /**
   * bare, full: one-word person or organisation keys with 2 to {@link #MAX_CANDIDATES} multi-word keys they
   * could stand for: that end with them, or (an organisation) whose head they are; for a person also those
   * that start with it and occur more than once. {@code types}: key, type, n (mentions).
   */
  static Dataset<Row> candidates(Dataset<Row> types) {
    Dataset<Row> bare = types.where(not(col("key").contains(" ")).and(col("type").isin(PERSON, ORGANIZATION)))
        .select(col("key").as("bare"), col("type"));
    Dataset<Row> full = types.where(col("key").contains(" ")).select(col("key").as("full"), col("type").as("full_type"), col("n"),
        element_at(split(col("key"), " "), -1).as("last"), element_at(split(col("key"), " "), 1).as("first"),
        call_function(ArchiveMerges.HEAD, col("key")).as("head"));
    Column sameType = col("type").equalTo(col("full_type"));
    Dataset<Row> bySurname = bare.join(full, sameType.and(col("bare").equalTo(col("last"))
        .or(col("type").equalTo(ORGANIZATION).and(col("bare").equalTo(col("head")))))).select("bare", "full");
    // A person's bare name may also be a first name ("Melania", "Chelsea"): the full names that start with it
    // and occur more than once (one-off spans such as "Assad Trump" would crowd out a surname's candidates).
    Dataset<Row> byFirstName = bare.join(full.where(col("n").gt(1)),
        sameType.and(col("type").equalTo(PERSON)).and(col("bare").equalTo(col("first")))).select("bare", "full");
    Dataset<Row> pairs = bySurname.unionByName(byFirstName).distinct();
    Dataset<Row> ambiguous = pairs.groupBy("bare").agg(countDistinct("full").as("k"))
        .where(col("k").between(2, MAX_CANDIDATES));
    return pairs.join(ambiguous.select("bare"), "bare");
  }
}
