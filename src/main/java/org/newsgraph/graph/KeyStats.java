package org.newsgraph.graph;

import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.call_function;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.newsgraph.nlp.EntityKeys;
import org.newsgraph.nlp.NameShapes;

/**
 * One row per entity key of the run (a vocabulary, not the mentions): how often it occurs, its type by
 * confidence-weighted vote, whether the alias file decided it, and whether it is an acronym standing
 * alone; plus the acronym definitions the articles gave ("Free Syrian Army (FSA)"). The archive-level
 * merges are computed from these.
 */
final class KeyStats {
  static final String IS_ACRONYM = "newsgraph_is_acronym";
  static final String FOLD = "newsgraph_fold";
  static final String LETTERS = "newsgraph_acronym_letters";

  private KeyStats() {}

  static void register(SparkSession spark) {
    spark.udf().register(IS_ACRONYM, (UDF1<String, Boolean>) NameShapes::isAcronym, DataTypes.BooleanType);
    spark.udf().register(LETTERS, (UDF1<String, String>) NameShapes::acronymLetters, DataTypes.StringType);
    spark.udf().register(FOLD, (UDF1<String, String>) s -> s == null ? null : EntityKeys.fold(s), DataTypes.StringType);
  }

  /**
   * doc_id, key, type, written, folded_written, acronym, letters, confidence: one row per mention. {@code docs}
   * has doc_id and a mentions array.
   */
  static Dataset<Row> mentionKeys(Dataset<Row> docs) {
    return docs.select(col("doc_id"), explode(col("mentions")).as("m"))
        .select(col("doc_id"), call_function(EntityKeyFunction.NAME, col("m.text"), col("m.canonical"), col("m.type")).as("k"),
            col("m.text").as("written"), col("m.confidence").as("confidence"))
        .select(col("doc_id"), col("k.key").as("key"), col("k.type").as("type"), col("k.from_alias").as("from_alias"),
            col("written"), call_function(FOLD, col("written")).as("folded_written"),
            coalesce(call_function(IS_ACRONYM, col("written")), lit(false)).as("acronym"),
            call_function(LETTERS, col("written")).as("letters"),
            coalesce(col("confidence"), lit(1.0)).as("confidence"));
  }

  /**
   * key, n, type, from_alias, acronym (the key is an acronym as written, not expanded in its article) and
   * letters (that acronym's letters, comparable with {@link NameShapes#initials}).
   */
  static Dataset<Row> perKey(Dataset<Row> mentionKeys) {
    Dataset<Row> byType = mentionKeys.groupBy("key", "type").agg(count(lit(1)).as("n"), sum("confidence").as("w"),
        max("from_alias").as("from_alias"),
        max(col("acronym").and(col("key").equalTo(col("folded_written")))).as("acronym"),
        max(when(col("key").equalTo(col("folded_written")), col("letters"))).as("letters"));
    return byType.groupBy("key").agg(sum("n").as("n"), max_by(col("type"), col("w")).as("type"),
        max("from_alias").as("from_alias"), max("acronym").as("acronym"), max("letters").as("letters"));
  }

  /**
   * acronym (folded as written), key (its expansion in that article), n: one row per pair. A fuller form that
   * still holds the acronym ("Syria SANA", "With AFP": a country or a word run on to it) defines nothing.
   */
  static Dataset<Row> acronymDefinitions(Dataset<Row> mentionKeys) {
    return mentionKeys.where(col("acronym").and(not(col("key").equalTo(col("folded_written")))).and(not(col("from_alias")))
            .and(not(array_contains(split(col("key"), " "), col("folded_written")))))
        .groupBy(col("folded_written").as("acronym"), col("key")).agg(count(lit(1)).as("n"));
  }
}
