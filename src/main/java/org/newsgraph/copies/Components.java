package org.newsgraph.copies;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.min;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * Connected components of an undirected graph as Spark joins: every node takes the smallest label among
 * itself and its neighbours until no label changes. Each round costs one join over the edges; copies form
 * small, dense groups, so a few rounds suffice (the number of rounds is the longest shortest path in a
 * group). Nodes are strings whose minimum is the wanted root. {@link #roots} finds the same components
 * on the driver, by union-find, for edges few enough to hold there.
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

  /** Union-find whose root is always the smallest node (by code point, as Spark orders strings): node -> root. */
  static Map<String, String> roots(List<String[]> edges) {
    Map<String, String> parent = new HashMap<>();
    for (String[] e : edges) {
      String a = root(parent, e[0]);
      String b = root(parent, e[1]);
      if (!a.equals(b)) {
        if (before(a, b)) {
          parent.put(b, a);
        } else {
          parent.put(a, b);
        }
      }
    }
    Map<String, String> out = new HashMap<>();
    for (String node : new ArrayList<>(parent.keySet())) {
      out.put(node, root(parent, node));
    }
    return out;
  }

  private static String root(Map<String, String> parent, String node) {
    String r = node;
    for (String p = parent.putIfAbsent(r, r); p != null && !p.equals(r); p = parent.get(r)) {
      r = p;
    }
    // path compression: every node on the way points at the root
    for (String n = node; !n.equals(r); ) {
      String next = parent.put(n, r);
      n = next;
    }
    return r;
  }

  /** Whether a sorts before b by code point (UTF-8 byte order, Spark's string order). */
  static boolean before(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int x = a.codePointAt(i);
      int y = b.codePointAt(j);
      if (x != y) {
        return x < y;
      }
      i += Character.charCount(x);
      j += Character.charCount(y);
    }
    return a.length() - i < b.length() - j;
  }
}
