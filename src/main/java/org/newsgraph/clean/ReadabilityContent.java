package org.newsgraph.clean;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The article element that readability4j (a port of Mozilla's Readability.js) picks, or the body. */
final class ReadabilityContent {
  private ReadabilityContent() {}

  static Element of(Document doc) {
    Article article = new Readability4J(doc.location(), doc).parse();
    Element content = article.getArticleContent();
    return content != null ? content : doc.body();
  }
}
