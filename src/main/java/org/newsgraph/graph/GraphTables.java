package org.newsgraph.graph;

import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The graph's tables (name -> rows, in writing order, not yet computed) and the intermediate datasets
 * they share, which the builder cached. Close it once every table is written: the cache is released then.
 */
public record GraphTables(Map<String, Dataset<Row>> tables, List<Dataset<Row>> cached) implements AutoCloseable {
  public GraphTables {
    tables = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tables));
    cached = List.copyOf(cached);
  }

  public Dataset<Row> table(String name) {
    Dataset<Row> t = tables.get(name);
    if (t == null) {
      throw new IllegalArgumentException("no graph table " + name + "; the graph has " + tables.keySet());
    }
    return t;
  }

  @Override
  public void close() {
    cached.forEach(Dataset::unpersist);
  }
}
