package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Fine types from CoreNLP's KBP gazetteer (the real file from the models jar). */
class FineTypesTest {
  @Test
  void locationsGetCountryStateOrCity() {
    assertEquals("COUNTRY", FineTypes.refine("LOCATION", "Syria"));
    assertEquals("STATE_OR_PROVINCE", FineTypes.refine("LOCATION", "Texas"));
    assertEquals("CITY", FineTypes.refine("LOCATION", "Aleppo"));
    assertEquals("CITY", FineTypes.refine("LOCATION", "DAMASCUS"), "the lookup ignores case");
  }

  @Test
  void aPhraseWithSeveralTypesTakesThePreferredOne() {
    // "kuwait" is listed as COUNTRY and as CITY; for a LOCATION, COUNTRY comes first.
    assertEquals("COUNTRY", FineTypes.refine("LOCATION", "Kuwait"));
  }

  @Test
  void miscGetsNationalityOrReligion() {
    assertEquals("NATIONALITY", FineTypes.refine("MISC", "Russian"));
    assertEquals("RELIGION", FineTypes.refine("MISC", "Islam"));
  }

  @Test
  void aTypeTheEntryMayNotOverwriteStaysCoarse() {
    assertEquals("PERSON", FineTypes.refine("PERSON", "Syria"), "PERSON is never refined");
    assertEquals("MISC", FineTypes.refine("MISC", "Aleppo"), "Aleppo's entry overwrites LOCATION only");
    assertEquals("LOCATION", FineTypes.refine("LOCATION", "Islam"), "Islam's entry overwrites MISC and ORGANIZATION");
    assertEquals("LOCATION", FineTypes.refine("LOCATION", "Nowhere-on-the-map"));
  }
}
