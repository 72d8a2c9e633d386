package org.newsgraph.tables;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Builds a row of a declared schema by column name, so that a row cannot silently put a value into the
 * wrong column: an unknown name fails, and so does a non-nullable column left unset.
 */
public final class RowBuilder {
  private final StructType schema;
  private final Object[] values;
  private final boolean[] set;

  private RowBuilder(StructType schema) {
    this.schema = schema;
    this.values = new Object[schema.fields().length];
    this.set = new boolean[values.length];
  }

  public static RowBuilder of(StructType schema) {
    return new RowBuilder(schema);
  }

  /**
   * A row of {@code schema} holding the values of {@code source}'s columns of the same names (source must
   * carry its schema, as rows Spark hands to a function do); the schema's other columns are left to set.
   */
  public static RowBuilder from(Row source, StructType schema) {
    RowBuilder b = new RowBuilder(schema);
    StructType have = source.schema();
    StructField[] fields = schema.fields();
    for (int i = 0; i < fields.length; i++) {
      scala.Option<Object> at = have.getFieldIndex(fields[i].name());
      if (at.isDefined()) {
        b.values[i] = source.get((Integer) at.get());
        b.set[i] = true;
      }
    }
    return b;
  }

  public RowBuilder set(String column, Object value) {
    int i;
    try {
      i = schema.fieldIndex(column);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("no column " + column + " in " + schema.simpleString(), e);
    }
    values[i] = value;
    set[i] = true;
    return this;
  }

  public Row build() {
    StructField[] fields = schema.fields();
    for (int i = 0; i < fields.length; i++) {
      if (!fields[i].nullable() && values[i] == null) {
        throw new IllegalStateException("column " + fields[i].name() + " is not nullable but "
            + (set[i] ? "was set to null" : "was never set"));
      }
    }
    // With its schema: Spark hands a typed map's output straight to the next typed map (no encoding between),
    // and that one reads it by name.
    return new GenericRowWithSchema(values.clone(), schema);
  }
}
