package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AliasTableTest {
  static final String SYRIA_EXAMPLE = "docs/examples/syria-aliases.csv";

  @Test
  void builtinListNamesCountriesAndGlobalOrganisationsOnly() {
    AliasTable t = AliasTable.load(List.of(AliasTable.BUILTIN));
    assertEquals("United States", t.lookup("U.S.").canonical());
    assertEquals("United Kingdom", t.lookup("Britain").canonical());
    assertEquals("United Nations", t.lookup("UN").canonical());
    for (String actor : List.of("ISIS", "Daesh", "SDF", "Assad", "Putin", "Raqqa")) {
      assertNull(t.lookup(actor), actor + " is an archive's actor, not general knowledge");
    }
    assertTrue(t.size() <= 25, "the builtin list stays small: " + t.size());
  }

  @Test
  void theExampleListForSyriaMergesTheIslamicStateNames() {
    AliasTable t = AliasTable.load(List.of(AliasTable.BUILTIN, SYRIA_EXAMPLE));
    for (String name : List.of("ISIS", "ISIL", "IS", "Daesh", "daesh", "Islamic State")) {
      assertEquals("Islamic State", t.lookup(name).canonical(), name);
      assertEquals("ORGANIZATION", t.lookup(name).type());
    }
  }

  @Test
  void userFileOverridesAndBadLinesNameTheLine(@TempDir Path dir) throws Exception {
    Path good = dir.resolve("a.csv");
    Files.writeString(good, "alias,canonical,type\nDaesh,ISIL,ORGANIZATION\n# comment\n\nRaqqah,Raqqa,LOCATION\n");
    AliasTable t = AliasTable.load(List.of(AliasTable.BUILTIN, good.toString()));
    assertEquals("ISIL", t.lookup("Daesh").canonical());
    assertEquals("Raqqa", t.lookup("raqqah").canonical());
    Path bad = dir.resolve("b.csv");
    Files.writeString(bad, "alias,canonical,type\nDaesh,ISIL,GROUP\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AliasTable.load(List.of(bad.toString())));
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
  }

  @Test
  void surfacePatternMatchesWholeWordsCaseSensitively() {
    AliasTable t = AliasTable.load(List.of(AliasTable.BUILTIN, SYRIA_EXAMPLE));
    var m = t.surfacePattern().matcher("IS militants said this is ISIS territory; THIS is not.");
    List<String> found = new java.util.ArrayList<>();
    while (m.find()) {
      found.add(m.group());
    }
    assertEquals(List.of("IS", "ISIS"), found);
  }
}
