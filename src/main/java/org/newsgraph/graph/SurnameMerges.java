package org.newsgraph.graph;

import static org.apache.spark.sql.functions.array_size;
import static org.apache.spark.sql.functions.call_function;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.split;

import java.util.HashMap;
import java.util.Map;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The one cross-article merge: a bare PERSON surname key ("assad") joins a full-name key only when exactly
 * one full name in the whole run ends with it, so "Bashar Assad" and "Hafez Assad" never merge and a lone
 * "Assad" stays apart when both occur. Computed in Spark over every mention key; only the merges come back
 * to the driver and travel to the executors as a broadcast. Their number is bounded by the distinct
 * single-word person names of the archive that match exactly one full name (16 on the 792 FA-KES
 * articles): a vocabulary, which grows far slower than the archive, but a map of ~10^6 entries (~100 MB)
 * is conceivable for a very large multilingual archive; its size is logged so that shows.
 */
final class SurnameMerges {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SurnameMerges.class);

  private SurnameMerges() {}

  /** bare key -> full key. {@code docs} has a mentions array of {@code Tables.MENTION} structs. */
  static Map<String, String> find(Dataset<Row> docs) {
    Dataset<Row> m = docs.select(explode(col("mentions")).as("m"));
    Dataset<Row> keys = m.select(call_function(EntityKeyFunction.NAME, col("m.text"), col("m.canonical"),
            col("m.type")).as("k"))
        .where(col("k.type").equalTo("PERSON")).select(col("k.key").as("key")).distinct()
        .withColumn("words", array_size(split(col("key"), " ")));
    Dataset<Row> full = keys.where(col("words").geq(2))
        .select(col("key").as("full_key"), element_at(split(col("key"), " "), -1).as("surname"));
    Dataset<Row> bare = keys.where(col("words").equalTo(1)).select(col("key").as("bare_key"));
    Dataset<Row> merges = bare.join(full, bare.col("bare_key").equalTo(full.col("surname")))
        .groupBy("bare_key").agg(countDistinct("full_key").as("n"), first("full_key").as("full_key"))
        .where(col("n").equalTo(1));
    Map<String, String> out = new HashMap<>();
    for (Row r : merges.select("bare_key", "full_key").collectAsList()) {
      out.put(r.getString(0), r.getString(1));
    }
    LOG.info("surname merges: {} bare surnames join the only full name that ends with them", out.size());
    return out;
  }
}
