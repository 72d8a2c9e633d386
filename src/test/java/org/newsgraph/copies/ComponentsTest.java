package org.newsgraph.copies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestSpark;

/** Connected components, found with Spark joins and on the driver: the same roots either way. */
class ComponentsTest {
  private static final StructType EDGES = new StructType().add("a", DataTypes.StringType, false)
      .add("b", DataTypes.StringType, false);

  // a chain given from its far end (several label rounds), a star, a pair; "\uD83D\uDE00" (U+1F600)
  // sorts after "\uFFFD" by code point though not by UTF-16 unit
  private static final String[][] PAIRS = {{"e", "f"}, {"d", "e"}, {"c", "d"}, {"b", "c"}, {"m", "k"}, {"m", "l"},
      {"m", "n"}, {"x\uD83D\uDE00", "x\uFFFD"}, {"y", "z"}};

  @Test
  void everyNodeTakesTheSmallestNodeOfItsComponent() {
    List<Row> rows = new ArrayList<>();
    for (String[] p : PAIRS) {
      rows.add(RowFactory.create(p[0], p[1]));
    }
    Dataset<Row> edges = TestSpark.session().createDataFrame(rows, EDGES);
    Map<String, String> spark = new TreeMap<>();
    for (Row r : Components.of(edges).collectAsList()) {
      spark.put(r.getAs("node"), r.getAs("root"));
    }
    assertEquals(Map.of("b", "b", "c", "b", "d", "b", "e", "b", "f", "b"), Map.copyOf(filter(spark, "bcdef")));
    assertEquals("k", spark.get("n"));
    assertEquals("x\uFFFD", spark.get("x\uD83D\uDE00"));
    assertEquals("y", spark.get("z"));
    assertEquals(13, spark.size());
    // the driver's union-find gives the same roots
    assertEquals(spark, new TreeMap<>(Components.roots(Arrays.asList(PAIRS))));
  }

  @Test
  void codePointOrderIsSparksStringOrder() {
    assertTrue(Components.before("x\uFFFD", "x\uD83D\uDE00"));
    assertTrue(Components.before("ab", "abc"));
    assertTrue(!Components.before("abc", "abc"));
  }

  private static Map<String, String> filter(Map<String, String> m, String keys) {
    Map<String, String> out = new TreeMap<>();
    m.forEach((k, v) -> {
      if (k.length() == 1 && keys.contains(k)) {
        out.put(k, v);
      }
    });
    return out;
  }
}
