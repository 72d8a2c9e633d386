package org.newsgraph.clean;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article body of a page with general signals only: markup that is never prose (scripts, forms,
 * nav, aside, footer), class and id words of page furniture (nav, menu, share, related, comment, caption,
 * footer, ...), then the container whose paragraphs carry the most text with the fewest links, then pruning
 * inside it (link lists, captions, headings that open a furniture block). No site's names are known here.
 */
final class MainText {
  /** Elements that are never article text. */
  private static final String NEVER_TEXT = "script, style, noscript, template, iframe, svg, canvas, button, input, "
      + "select, textarea, label, nav, aside, footer, figcaption, picture, video, audio, object, embed, dialog, menu";
  /** The old path's removal list (PLAIN). */
  private static final String CHROME = "script, style, noscript, nav, header, footer, aside, form, iframe, svg, button";
  /** Paragraph-like elements whose text scores their ancestors. */
  private static final String PARAGRAPHS = "p, pre, blockquote, li, h2, h3, h4, td, div, section, article";
  /** A paragraph shorter than this many characters scores nothing. */
  private static final int MIN_PARAGRAPH = 25;

  private MainText() {}

  static Element withoutChrome(Document doc) {
    doc.select(CHROME).remove();
    return doc.body();
  }

  static Element of(Document doc) {
    Element body = doc.body();
    body.select(NEVER_TEXT).remove();
    FurnitureWords.removeFurniture(body);
    Element best = bestContainer(body);
    return pruned(best);
  }

  /** The element whose own paragraphs (children) and grandchildren paragraphs score highest. */
  private static Element bestContainer(Element body) {
    Map<Element, Double> scores = new HashMap<>();
    for (Element p : body.select(PARAGRAPHS)) {
      String own = p.nameIs("div") || p.nameIs("section") || p.nameIs("article") ? p.ownText() : p.text();
      if (own.length() < MIN_PARAGRAPH || (!p.nameIs("div") && hasBlockChild(p))) {
        continue;
      }
      double s = 1 + commas(own) + Math.min(own.length() / 100.0, 3);
      Element parent = p.parent();
      if (parent != null) {
        scores.merge(parent, s, Double::sum);
        if (parent.parent() != null) {
          scores.merge(parent.parent(), s / 2, Double::sum);
        }
      }
      if (p.nameIs("div") || p.nameIs("section") || p.nameIs("article")) {
        scores.merge(p, s, Double::sum);
      }
    }
    Element best = body;
    double bestScore = 0;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      double s = e.getValue() * (1 - linkDensity(e.getKey()));
      if (s > bestScore) {
        bestScore = s;
        best = e.getKey();
      }
    }
    return best;
  }

  /** Removes, below {@code root}, link lists, caption and furniture blocks, and the headline. */
  static Element pruned(Element root) {
    FurnitureWords.removeFurniture(root);
    root.select("figcaption, h1").remove();
    for (Element e : root.select("ul, ol, div, section, table, p, span")) {
      if (e == root || e.parent() == null) {
        continue;
      }
      String text = e.text();
      if (text.isEmpty()) {
        continue;
      }
      double links = linkDensity(e);
      boolean list = e.nameIs("ul") || e.nameIs("ol");
      if ((list && links > 0.5) || (!list && links > 0.6 && text.length() < 400)
          || (links > 0.8)) {
        e.remove();
      }
    }
    return root;
  }

  static double linkDensity(Element e) {
    int all = e.text().length();
    if (all == 0) {
      return 0;
    }
    int linked = 0;
    for (Element a : e.select("a")) {
      linked += a.text().length();
    }
    return Math.min(1.0, (double) linked / all);
  }

  private static boolean hasBlockChild(Element e) {
    for (Element c : e.children()) {
      if (BLOCKS.contains(c.normalName())) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "ul", "ol", "table", "pre",
      "blockquote", "h2", "h3", "h4", "figure");

  private static int commas(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == ',' || s.charAt(i) == '，') {
        n++;
      }
    }
    return n;
  }
}
