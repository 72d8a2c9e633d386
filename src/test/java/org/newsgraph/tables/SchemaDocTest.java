package org.newsgraph.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** docs/SCHEMA.md documents exactly the columns Tables declares, table by table. */
class SchemaDocTest {
  @Test
  void everyDeclaredColumnIsDocumentedAndNoOther() throws IOException {
    String doc = Files.readString(Path.of("docs/SCHEMA.md"));
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, StructType> t : Tables.PUBLISHED.entrySet()) {
      Set<String> documented = documented(doc, t.getKey());
      Set<String> declared = new LinkedHashSet<>(List.of(t.getValue().fieldNames()));
      for (String c : declared) {
        if (!documented.contains(c)) {
          problems.add(t.getKey() + "." + c + " is not in docs/SCHEMA.md");
        }
      }
      for (String c : documented) {
        if (!declared.contains(c)) {
          problems.add(t.getKey() + "." + c + " is documented but not declared");
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  /** The first cells of the column table under "## name" (a cell may list several: "begin, end"). */
  private static Set<String> documented(String doc, String table) {
    int start = doc.indexOf("\n## " + table + "\n");
    if (start < 0) {
      return Set.of();
    }
    int end = doc.indexOf("\n## ", start + 1);
    String section = doc.substring(start, end < 0 ? doc.length() : end);
    Set<String> out = new LinkedHashSet<>();
    boolean inColumns = false;
    for (String line : section.split("\n")) {
      if (line.startsWith("| column |")) {
        inColumns = true;
      } else if (inColumns && line.startsWith("|") && !line.startsWith("|---")) {
        for (String c : line.substring(1, line.indexOf('|', 1)).split(",")) {
          out.add(c.trim().replace("`", ""));
        }
      } else if (!line.startsWith("|")) {
        inColumns = false;
      }
    }
    return out;
  }
}
