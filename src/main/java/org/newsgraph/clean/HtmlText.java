package org.newsgraph.clean;

import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/** Turns scraped HTML into lines of text, one block element a paragraph, dropping scripts and page chrome. */
final class HtmlText {
  private static final Pattern TAG = Pattern.compile("(?i)</?(html|body|div|p|span|a|br|script|table|li|h[1-6])\\b[^>]*>");

  private HtmlText() {}

  /** Markup rather than prose: at least five tags of common HTML elements. */
  static boolean looksLikeHtml(String s) {
    var m = TAG.matcher(s);
    int n = 0;
    while (m.find() && n < 5) {
      n++;
    }
    return n >= 5;
  }

  static String toText(String html) {
    Document doc = Jsoup.parse(html);
    doc.select("script, style, noscript, nav, header, footer, aside, form, iframe, svg, button").remove();
    StringBuilder out = new StringBuilder();
    NodeVisitor visitor = new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          out.append(t.text());
        } else if (node instanceof Element e && e.nameIs("br")) {
          out.append('\n');
        } else if (node instanceof Element e && e.isBlock()) {
          out.append("\n\n");
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && e.isBlock()) {
          out.append("\n\n");
        }
      }
    };
    doc.body().traverse(visitor);
    return out.toString();
  }
}
