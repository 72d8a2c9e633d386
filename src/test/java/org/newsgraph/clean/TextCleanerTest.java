package org.newsgraph.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsgraph.TestData;

class TextCleanerTest {

  @Test
  void seed000DropsNavigationSeeAlsoAndFooterButKeepsTheBody() {
    CleanedText c = TextCleaner.clean(TestData.seedText("000"));
    assertEquals("IS made deal with PKK/PYD to leave Raqqa", c.title());
    assertTrue(c.text().startsWith("IS made deal with PKK/PYD to leave Raqqa\n\nISIS made an agreement"), c.text());
    assertTrue(c.text().endsWith("resulting in scores of civilian casualties."), c.text());
    for (String junk : new String[] {"Home page", "Punto", "See also", "Azerbaijan opens embassy", "Latest", "Bağla", "Author"}) {
      assertFalse(c.text().contains(junk), junk);
    }
    assertEquals(1, c.text().split("IS made deal with PKK/PYD", -1).length - 1, "title kept once");
    assertEquals("Axar.az", c.outlet());
    assertEquals("2017-06-01", c.date());
  }

  @Test
  void seed001TakesDateLineOutletDomainAndHeadline() {
    CleanedText c = TextCleaner.clean(TestData.seedText("001"));
    assertEquals("Daesh Militants Quit Raqqah Under US-backed Deal", c.title());
    assertEquals("presstv.ir", c.outlet());
    assertEquals("2017-10-15", c.date());
    assertFalse(c.text().contains("No comments"));
    assertFalse(c.text().contains("11:03AM"));
    assertTrue(c.text().contains("\"Last night, the final batch of fighters"));
  }

  @Test
  void seed002ReadsTheWireDatelineAndDropsCommentBox() {
    CleanedText c = TextCleaner.clean(TestData.seedText("002"));
    assertEquals("ISIL militants leave Raqqa, cross Euphrates", c.title());
    assertEquals("MNA", c.outlet());
    assertNull(c.date(), "the dateline has no year");
    for (String junk : new String[] {"News Code", "Your Comment", "replying", "captcha"}) {
      assertFalse(c.text().contains(junk), junk);
    }
  }

  @Test
  void seed003RepeatedBodyIsKeptOnce() {
    CleanedText c = TextCleaner.clean(TestData.seedText("003"));
    assertEquals(1, count(c.text(), "Zakaria Malahifji"));
    assertEquals(1, count(c.text(), "Russia warns against Daesh terrorists fleeing"));
    assertFalse(c.text().contains("Post a Comment"));
    assertTrue(c.title().startsWith("Foreign-backed militant groups have rejected"), c.title());
    assertTrue(c.title().length() <= TextCleaner.MAX_DERIVED_TITLE + 2, c.title());
  }

  @Test
  void seed004DropsPersianLinesButReadsTheirDate() {
    CleanedText c = TextCleaner.clean(TestData.seedText("004"));
    assertTrue(c.title().startsWith("Kremlin says agreed with Turkey"), c.title());
    assertEquals(0.0, Scripts.nonLatinShare(c.text()));
    assertTrue(c.nonLatinLines() >= 8, "Persian lines counted: " + c.nonLatinLines());
    assertEquals("2020-03-01", c.date());
    assertEquals("Reuters", c.outlet());
    assertEquals(1, count(c.text(), "Russian Foreign Ministry said on Saturday Moscow and Ankara"));
    assertTrue(c.text().contains("Erdoğan"), "Latin letters with diacritics are kept");
  }

  @Test
  void paragraphsAreSeparatedByBlankLinesAndWrappedLinesAreJoined() {
    String raw = "Storm hits the northern coast today\n\nThe storm reached the coast on Monday and\n"
        + "cut power to thousands of homes, officials said.\nRepairs will take a week, the utility said.";
    CleanedText c = TextCleaner.clean(raw);
    assertEquals("Storm hits the northern coast today\n\nThe storm reached the coast on Monday and "
        + "cut power to thousands of homes, officials said.\n\nRepairs will take a week, the utility said.", c.text());
  }

  @Test
  void htmlSoupBecomesParagraphsWithoutScriptsOrMenus() {
    String html = "<html><head><script>var x = 1;</script></head><body><nav><a href=/>Home</a><a href=/p>Politics</a></nav>"
        + "<h1>Minister resigns after long inquiry</h1><div><p>The minister resigned on Tuesday after a long inquiry "
        + "into the contracts, his office said.</p><p>An election is expected in the spring, officials said.</p></div>"
        + "<footer>Share this</footer></body></html>";
    CleanedText c = TextCleaner.clean(html);
    assertEquals("Minister resigns after long inquiry", c.title());
    assertTrue(c.text().contains("his office said.\n\nAn election"), c.text());
    assertFalse(c.text().contains("var x"));
    assertFalse(c.text().contains("<"));
  }

  @Test
  void unicodeIsNormalised() {
    CleanedText c = TextCleaner.clean("The \uFB01rst  minister\u00A0said\u200B the talks would resume next week in Geneva, officials said.");
    assertEquals("The first minister said the talks would resume next week in Geneva, officials said.", c.text());
  }

  @Test
  void aWholeArticleOnOneUnpunctuatedLineIsKept() {
    String body = "01-11-2014 100 ISIL Terrorists Killed in Kobani. Fighting raged in the Syrian border town of Kobani "
        + "on Saturday after ISIL terrorists launched a new assault on Kurdish fighters bolstered by the arrival of the "
        + "heavily armed Iraqi peshmerga forces and the fighters of the town of the border of the region of the north";
    assertEquals(body, TextCleaner.clean(body).text());
  }

  @Test
  void whitespaceAndBoilerplateOnlyIsEmpty() {
    assertEquals("", TextCleaner.clean(" \n\t\n ").text());
    assertEquals("", TextCleaner.clean("Home\nShare this\nPost a Comment\n").text());
  }

  @Test
  void englishCheckSeparatesLanguages() {
    assertTrue(EnglishCheck.isEnglish(TestData.seedText("002")));
    assertFalse(EnglishCheck.isEnglish("Le ministre a déclaré mardi que les négociations reprendraient la semaine "
        + "prochaine à Genève, selon des responsables du gouvernement français."));
  }

  private static int count(String s, String sub) {
    return s.split(java.util.regex.Pattern.quote(sub), -1).length - 1;
  }
}
