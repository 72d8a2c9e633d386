package org.newsgraph.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** English prose, English tables and briefs, and other languages are told apart. */
class EnglishCheckTest {
  @Test
  void anEarningsTableIsABriefNotAForeignText() {
    assertEquals(EnglishCheck.Verdict.BRIEF, EnglishCheck.classify(
        "UNION CAMP CORP <UCC> 3RD QTR Shr 77 cts vs 50 cts Net 55.7 mln vs 37.0 mln Revs 614.3 mln vs 545.3 mln "
            + "Nine mths Shr 2.23 dlrs vs 1.69 dlrs Net 160.1 mln vs 120.9 mln"));
  }

  @Test
  void anAllCapsWireBriefWithAQuoteIsEnglish() {
    assertEquals(EnglishCheck.Verdict.ENGLISH, EnglishCheck.classify(
        "U.S. TREASURY BALANCE AT FED ROSE ON MARCH 5 The Treasury's balance at the Federal Reserve rose on "
            + "March 5 to 3.2 billion dlrs from 2.9 billion dlrs, dealers said."));
  }

  @Test
  void otherLanguagesStayForeign() {
    assertEquals(EnglishCheck.Verdict.OTHER, EnglishCheck.classify("Le ministre a déclaré mardi que les négociations "
        + "avec les rebelles reprendraient la semaine prochaine à Genève, et que le gouvernement était prêt."));
    assertEquals(EnglishCheck.Verdict.OTHER, EnglishCheck.classify("Der Minister sagte am Dienstag, dass die "
        + "Gespräche mit den Rebellen in der nächsten Woche in Genf fortgesetzt werden und die Regierung bereit ist."));
    assertEquals(EnglishCheck.Verdict.OTHER, EnglishCheck.classify("El ministro dijo el martes que las "
        + "conversaciones con los rebeldes se reanudarán la próxima semana en Ginebra y que el gobierno está listo."));
  }

  @Test
  void prosePassesAsBefore() {
    assertEquals(EnglishCheck.Verdict.ENGLISH, EnglishCheck.classify("The minister said on Tuesday that talks with "
        + "the rebels would resume in Geneva next week, and that the government was ready."));
  }
}
