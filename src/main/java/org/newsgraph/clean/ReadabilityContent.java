package org.newsgraph.clean;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The article element that readability4j (a port of Mozilla's Readability.js) picks, or the body. */
final class ReadabilityContent {
  /**
   * readability4j makes the article's links absolute against the page's address and logs an error for
   * every page without one; only the text is used here, so any absolute address does.
   */
  private static final String NO_ADDRESS = "https://localhost/";

  private ReadabilityContent() {}

  static Element of(Document doc) {
    Article article = new Readability4J(doc.location().isEmpty() ? NO_ADDRESS : doc.location(), doc).parse();
    Element content = article.getArticleContent();
    return content != null ? content : doc.body();
  }
}
