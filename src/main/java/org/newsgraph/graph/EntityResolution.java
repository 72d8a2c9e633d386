package org.newsgraph.graph;

import static org.apache.spark.sql.functions.array_size;
import static org.apache.spark.sql.functions.call_function;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.newsgraph.nlp.AliasTable;

/**
 * Assigns every mention a cross-article entity_id, all in Spark SQL (nothing is collected to the driver):
 * <ol>
 *   <li>key each mention by its alias entry or its folded article-level full form;</li>
 *   <li>a bare PERSON surname ("Assad") joins a full name only when exactly one full name in the whole
 *       run ends with it, so "Bashar Assad" and "Hafez Assad" never merge, and a lone "Assad" stays
 *       apart when both occur;</li>
 *   <li>entity_id = first 16 hex digits of SHA-256 of the final key (stable across runs);</li>
 *   <li>the entity's type is the alias file's, else the most frequent NER type of its mentions; its name
 *       the alias's canonical name, else its most frequent full form.</li>
 * </ol>
 */
final class EntityResolution {
  private EntityResolution() {}

  /** Registers the key function for this session with the given aliases. */
  static void register(SparkSession spark, AliasTable aliases) {
    var bc = new org.apache.spark.api.java.JavaSparkContext(spark.sparkContext()).broadcast(aliases);
    spark.udf().register(EntityKeyFunction.NAME, new EntityKeyFunction(bc), EntityKeyFunction.RESULT);
  }

  static Column key(Column written, Column canonical, Column type) {
    return call_function(EntityKeyFunction.NAME, written, canonical, type);
  }

  /**
   * Maps every raw key to its final key. {@code keyed} has columns key, type (of the key function).
   * Returns (key, final_key).
   */
  static Dataset<Row> finalKeys(Dataset<Row> keyed) {
    Dataset<Row> keys = keyed.select("key", "type").distinct();
    Dataset<Row> fullNames = keys.where(col("type").equalTo("PERSON").and(array_size(split(col("key"), " ")).geq(2)))
        .select(col("key").as("full_key"), element_at(split(col("key"), " "), -1).as("surname"));
    Dataset<Row> bare = keys.where(col("type").equalTo("PERSON").and(array_size(split(col("key"), " ")).equalTo(1)))
        .select(col("key").as("bare_key"));
    Dataset<Row> unique = bare.join(fullNames, bare.col("bare_key").equalTo(fullNames.col("surname")))
        .groupBy("bare_key").agg(countDistinct("full_key").as("n"), first("full_key").as("full_key"))
        .where(col("n").equalTo(1)).select(col("bare_key"), col("full_key"));
    Dataset<Row> all = keyed.select("key").distinct();
    return all.join(unique, all.col("key").equalTo(unique.col("bare_key")), "left")
        .select(col("key"), coalesce(col("full_key"), col("key")).as("final_key"));
  }

  static Column entityId(Column finalKey) {
    return substring(sha2(finalKey, 256), 1, 16);
  }

  /**
   * One row per entity_id with its name and type. {@code resolved} has entity_id, name, type, from_alias.
   */
  static Dataset<Row> namesAndTypes(Dataset<Row> resolved) {
    Dataset<Row> typeVotes = resolved.groupBy("entity_id", "type")
        .agg(count(lit(1)).as("n"), max(when(col("from_alias"), 1).otherwise(0)).as("alias"));
    Dataset<Row> type = typeVotes.withColumn("r", row_number().over(Window.partitionBy("entity_id")
            .orderBy(col("alias").desc(), col("n").desc(), col("type"))))
        .where(col("r").equalTo(1)).select(col("entity_id"), col("type"));
    Dataset<Row> nameVotes = resolved.groupBy("entity_id", "name")
        .agg(count(lit(1)).as("n"), max(when(col("from_alias"), 1).otherwise(0)).as("alias"));
    Dataset<Row> name = nameVotes.withColumn("r", row_number().over(Window.partitionBy("entity_id")
            .orderBy(col("alias").desc(), col("n").desc(), length(col("name")).desc(), col("name"))))
        .where(col("r").equalTo(1)).select(col("entity_id"), col("name"));
    return type.join(name, "entity_id");
  }
}
