package org.newsgraph.clean;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Finds the article body of a page. */
final class MainText {
  private static final String CHROME = "script, style, noscript, nav, header, footer, aside, form, iframe, svg, button";

  private MainText() {}

  static Element withoutChrome(Document doc) {
    doc.select(CHROME).remove();
    return doc.body();
  }

  static Element of(Document doc) {
    return withoutChrome(doc);
  }

  static Element pruned(Element e) {
    return e;
  }
}
