package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NameShapesTest {
  private static String skel(String name) {
    return NameShapes.skeleton(EntityKeys.fold(name));
  }

  @Test
  void transliterationsShareASkeletonAndLookAlikesDoNot() {
    String deir = skel("Deir Ezzor");
    for (String v : new String[] {"Deir ez-Zor", "Deir al-Zor", "Deir el-Zour", "Deir Ezour", "Deir az-Zour"}) {
      assertEquals(deir, skel(v), v);
    }
    assertEquals(skel("Hezbollah"), skel("Hizballah"));
    assertEquals(skel("Hasaka"), skel("Hasakeh"));
    assertEquals(skel("Kobani"), skel("Kobane"));
    assertNotEquals(skel("Iran"), skel("Iraq"));
    assertNotEquals(skel("Homs"), skel("Hama"));
    assertNotEquals(skel("Jaish al-Islam"), skel("Jaish al-Fatah"));
  }

  @Test
  void editsAndDeletions() {
    assertTrue(NameShapes.withinOneEdit("frsrnrm", "frsrrm"));
    assertTrue(NameShapes.withinOneEdit("abc", "abd"));
    assertFalse(NameShapes.withinOneEdit("abc", "bad"));
    assertEquals(2, NameShapes.editDistance("sudan", "sidon"));
    assertTrue(NameShapes.deletions("abc").containsAll(java.util.List.of("abc", "bc", "ac", "ab")));
  }

  @Test
  void initialsSkipSmallWordsAndMatchAcronymLetters() {
    assertEquals("sohr", NameShapes.initials(EntityKeys.fold("Syrian Observatory for Human Rights")));
    assertEquals("fsa", NameShapes.initials(EntityKeys.fold("Free Syrian Army")));
    assertEquals("", NameShapes.initials("observatory"));
    assertEquals(NameShapes.initials(EntityKeys.fold("Yekineyen Parastina Gel")), NameShapes.acronymLetters("YPG"));
    assertEquals("un", NameShapes.acronymLetters("U.N."));
    assertNull(NameShapes.acronymLetters("Reuters"));
    assertTrue(NameShapes.isAcronym("SOHR"));
    assertFalse(NameShapes.isAcronym("Sohr"));
  }

  @Test
  void possessiveBaseAndHead() {
    assertEquals("syria", NameShapes.possessiveBase("syrias"));
    assertEquals("bashar asad", NameShapes.possessiveBase("bashar asads"));
    assertNull(NameShapes.possessiveBase("bus"), "too short to tell");
    assertNull(NameShapes.possessiveBase("congress"));
    assertEquals("observatory", NameShapes.headWord("syrian observatory for human rights"));
    assertNull(NameShapes.headWord("free syrian army"));
  }
}
