package org.newsgraph.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Each rule of the main-text extractor on a small page made for it. */
class MainTextTest {
  private static final String P1 = "<p>The minister resigned on Tuesday after a long inquiry into the contracts, his office said.</p>";
  private static final String P2 = "<p>An election is expected in the spring, officials said, and the party will choose a new leader.</p>";

  private static String extract(String body) {
    return HtmlExtractor.RULES.read("<html><head><title>t</title></head><body>" + body + "</body></html>").text();
  }

  @Test
  void paragraphsStayParagraphs() {
    assertEquals(body(), extract("<div class=story>" + P1 + P2 + "</div>"));
  }

  @Test
  void navigationNamedByItsClassIsDropped() {
    assertEquals(body(), extract("<div class=story><ul class=site-menu><li>Politics</li><li>World</li>"
        + "<li>Business</li></ul>" + P1 + P2 + "</div>"));
  }

  @Test
  void aListOfLinksToOtherStoriesIsDropped() {
    assertEquals(body(), extract("<div class=story>" + P1 + P2 + "<ul><li><a href=/a>Opposition calls for an early "
        + "vote after the resignation</a></li><li><a href=/b>Five things to know about the contracts inquiry</a></li>"
        + "</ul></div>"));
  }

  @Test
  void captionsAreDropped() {
    assertEquals(body(), extract("<div class=story>" + P1 + "<figure><img src=a.jpg><figcaption>The minister leaves "
        + "his office in the capital on Tuesday.</figcaption></figure>" + P2 + "</div>"));
  }

  @Test
  void commentsAreDroppedEvenWhenTheyOutgrowTheArticle() {
    String comment = "<p>I have read every word of this, and I still think the minister did nothing wrong at all.</p>";
    assertEquals(body(), extract("<div class=story>" + P1 + P2 + "<div id=comments>" + comment.repeat(6) + "</div></div>"));
  }

  @Test
  void theArticleIsChosenOverTheRestOfThePage() {
    String page = extract("<div class=col><p>Weather: sunny, 21 degrees, light wind from the west today.</p></div>"
        + "<div class=col>" + P1 + P2 + P1.replace("Tuesday", "Monday") + "</div>");
    assertFalse(page.contains("Weather"), page);
    assertTrue(page.startsWith("The minister resigned on Tuesday"), page);
  }

  @Test
  void aWrapperWhoseClassMentionsASidebarIsNotFurniture() {
    String page = extract("<div class='container has-sidebar'><div class=story>" + P1 + P2 + "</div></div>");
    assertTrue(page.contains("resigned on Tuesday"), page);
  }

  @Test
  void aTableRowIsOneLine() {
    String page = extract("<div class=story>" + P1 + P2 + "<table><tr><th>Pos.</th><th>Driver</th><th>Points</th></tr>"
        + "<tr><td>1</td><td>Kyle Busch</td><td>5040</td></tr></table></div>");
    assertTrue(page.contains("\n\nPos. Driver Points\n\n1 Kyle Busch 5040"), page);
  }

  /** The two paragraphs' text, a blank line between them. */
  private static String body() {
    return text(P1) + "\n\n" + text(P2);
  }

  private static String text(String p) {
    return p.replaceAll("<[^>]+>", "");
  }
}
