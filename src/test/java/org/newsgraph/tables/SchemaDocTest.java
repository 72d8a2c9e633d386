package org.newsgraph.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * docs/SCHEMA.md's column tables are generated from the declared schemas: name, type and nullability, and
 * the description each column carries (its StructField comment). To regenerate them after changing a
 * schema: {@code mvn -q test -Dtest=SchemaDocTest -Dnewsgraph.writeSchemaDoc=true} (that run writes the page and
 * passes).
 */
class SchemaDocTest {
  private static final Path DOC = Path.of("docs/SCHEMA.md");
  private static final String HEADER = "| column | type | meaning |\n|---|---|---|\n";

  @Test
  void columnTablesAreTheDeclaredSchemas() throws IOException {
    String doc = Files.readString(DOC);
    String generated = doc;
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, StructType> t : Tables.PUBLISHED.entrySet()) {
      for (StructField f : t.getValue().fields()) {
        if (f.getComment().isEmpty() || f.getComment().get().isBlank()) {
          problems.add(t.getKey() + "." + f.name() + " has no description in Tables");
        }
      }
      generated = replaceColumnTable(generated, t.getKey(), columnTable(t.getValue()));
    }
    assertEquals(List.of(), problems);
    if (Boolean.getBoolean("newsgraph.writeSchemaDoc")) {
      Files.writeString(DOC, generated);
      return;
    }
    assertEquals(generated, doc, "docs/SCHEMA.md differs from the schemas in Tables: regenerate it with "
        + "mvn -q test -Dtest=SchemaDocTest -Dnewsgraph.writeSchemaDoc=true");
  }

  @Test
  void aChangedDescriptionOrTypeChangesTheGeneratedTable() {
    StructType a = new StructType().add("n", DataTypes.LongType, false, "How many.");
    assertEquals(HEADER + "| n | bigint, not null | How many. |\n", columnTable(a));
    StructType b = new StructType().add("n", DataTypes.IntegerType, true, "How many.");
    assertTrue(columnTable(b).contains("| n | int | How many. |"));
    StructType pair = new StructType().add("begin", DataTypes.IntegerType, false, "Offsets.")
        .add("end", DataTypes.IntegerType, false, "Offsets.").add("n", DataTypes.IntegerType, false, "Other.");
    assertEquals(HEADER + "| begin, end | int, not null | Offsets. |\n| n | int, not null | Other. |\n", columnTable(pair));
  }

  /** One row per column; consecutive columns of one type and one description share a row ("begin, end"). */
  static String columnTable(StructType schema) {
    StringBuilder out = new StringBuilder(HEADER);
    StructField[] fields = schema.fields();
    for (int i = 0; i < fields.length; ) {
      String cells = cells(fields[i]);
      List<String> names = new ArrayList<>(List.of(fields[i].name()));
      int j = i + 1;
      while (j < fields.length && cells.equals(cells(fields[j]))) {
        names.add(fields[j++].name());
      }
      out.append("| ").append(String.join(", ", names)).append(" | ").append(cells).append(" |\n");
      i = j;
    }
    return out.toString();
  }

  /** A column's type and meaning cells: "int, not null | Offsets.". */
  private static String cells(StructField f) {
    return f.dataType().catalogString().replace(":", " ") + (f.nullable() ? "" : ", not null") + " | "
        + f.getComment().getOrElse(() -> "");
  }

  /** The column table under "## name": from its header line to the first line that is not a table row. */
  private static String replaceColumnTable(String doc, String table, String columns) {
    int section = doc.indexOf("\n## " + table + "\n");
    assertTrue(section >= 0, "docs/SCHEMA.md has no section ## " + table);
    int start = doc.indexOf("\n" + HEADER.substring(0, HEADER.indexOf('\n')), section) + 1;
    int next = doc.indexOf("\n## ", section + 1);
    assertTrue(start > 0 && (next < 0 || start < next), "section ## " + table + " has no column table");
    int end = start;
    while (end < doc.length() && doc.charAt(end) == '|') {
      int eol = doc.indexOf('\n', end);
      end = eol < 0 ? doc.length() : eol + 1;
    }
    return doc.substring(0, start) + columns + doc.substring(end);
  }
}
