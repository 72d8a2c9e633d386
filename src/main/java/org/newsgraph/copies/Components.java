package org.newsgraph.copies;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.min;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * Connected components of an undirected graph as Spark joins: every node takes the smallest label among
 * itself and its neighbours until no label changes. Each round costs one join over the edges; copies form
 * small, dense groups, so a few rounds suffice (the number of rounds is the longest shortest path in a
 * group). Nodes are strings whose minimum is the wanted root.
 */
final class Components {
  /** A guard against a pathological input; copy groups settle in a handful of rounds. */
  static final int MAX_ROUNDS = 50;

  private Components() {}

  /** @param edges a, b (either direction) @return node, root for every node on an edge */
  static Dataset<Row> of(Dataset<Row> edges) {
    Dataset<Row> both = edges.select(col("a").as("src"), col("b").as("dst"))
        .union(edges.select(col("b").as("src"), col("a").as("dst"))).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> labels = both.groupBy(col("src").as("node")).agg(least(min("dst"), min("src")).as("root"))
        .persist(StorageLevel.MEMORY_AND_DISK());
    for (int round = 0; round < MAX_ROUNDS; round++) {
      Dataset<Row> next = both.join(labels.select(col("node").as("dst"), col("root").as("r")), "dst")
          .groupBy(col("src").as("node")).agg(min("r").as("r"))
          .join(labels, "node")
          .select(col("node"), least(col("r"), col("root")).as("root"), col("root").as("was"))
          .localCheckpoint();
      long changed = next.where(col("root").notEqual(col("was"))).count();
      labels.unpersist();
      labels = next.select("node", "root");
      if (changed == 0) {
        break;
      }
    }
    both.unpersist();
    return labels;
  }
}
