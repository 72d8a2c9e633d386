package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class EntityKeysTest {
  @Test
  void normaliseDropsCaseDiacriticsPunctuationTheAndPossessives() {
    assertEquals("us", EntityKeys.normalise("U.S."));
    assertEquals("us", EntityKeys.normalise("US"));
    assertEquals("recep tayyip erdogan", EntityKeys.normalise("Recep Tayyip Erdoğan"));
    assertEquals("white house", EntityKeys.normalise("the White House"));
    assertEquals("russia defense ministry", EntityKeys.normalise("Russia’s Defense Ministry"));
    assertEquals("al qaeda", EntityKeys.normalise("al-Qaeda"));
  }

  @Test
  void foldMergesTransliterationVariants() {
    assertEquals(EntityKeys.fold("Sergey Lavrov"), EntityKeys.fold("Sergei Lavrov"));
    assertEquals(EntityKeys.fold("Raqqa"), EntityKeys.fold("Raqqah"));
    assertEquals(EntityKeys.fold("Bashar al-Assad"), EntityKeys.fold("Bashar Assad"));
    assertEquals(EntityKeys.fold("Deir Ezzor"), EntityKeys.fold("deir ezzor"));
  }

  @Test
  void foldKeysAGroupNameWithItsHeadNounInArabicOrEnglishAlike() {
    assertEquals(EntityKeys.fold("al-Nusra Front"), EntityKeys.fold("Jabhat al-Nusra"));
    assertEquals(EntityKeys.fold("Hazm Movement"), EntityKeys.fold("Harakat Hazm"));
    assertEquals(EntityKeys.fold("Jabha al-Nusra"), EntityKeys.fold("Nusra Front"));
    assertEquals("jabhat", EntityKeys.fold("Jabhat"));
  }

  @Test
  void foldKeepsDifferentPeopleApart() {
    assertNotEquals(EntityKeys.fold("Bashar Assad"), EntityKeys.fold("Hafez Assad"));
    assertNotEquals(EntityKeys.fold("Assad"), EntityKeys.fold("Bashar Assad"));
    assertNotEquals(EntityKeys.fold("Iran"), EntityKeys.fold("Iraq"));
  }
}
