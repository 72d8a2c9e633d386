package org.newsgraph.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.newsgraph.SeedsRun;
import org.newsgraph.tables.Tables;

/** Every table the seeds run publishes has exactly its declared columns, types, and no null where none is allowed. */
class PublishedSchemaTest {
  @Test
  void everyPublishedTableMatchesItsDeclaration() {
    for (Map.Entry<String, StructType> t : Tables.PUBLISHED.entrySet()) {
      Dataset<Row> written = SeedsRun.table(t.getKey());
      // Parquet files read back mark every column nullable, so names and types are compared here and
      // nullability by looking for nulls.
      assertEquals(t.getValue().fieldNames().length, written.schema().fields().length, t.getKey() + " column count");
      for (int i = 0; i < t.getValue().fields().length; i++) {
        StructField declared = t.getValue().fields()[i];
        StructField actual = written.schema().fields()[i];
        assertEquals(declared.name(), actual.name(), t.getKey() + " column " + i);
        assertEquals(declared.dataType().simpleString(), actual.dataType().simpleString(),
            t.getKey() + "." + declared.name() + " type");
        if (!declared.nullable()) {
          assertEquals(0, written.where(col("`" + declared.name() + "`").isNull()).count(),
              t.getKey() + "." + declared.name() + " is declared not null");
        }
      }
    }
  }
}
